package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Consumer;

/**
 * A consumer's own profile, as the app shows it: {@code email} is a confirmed address or absent; {@code restricted}
 * while the data protection officer has restricted processing (nothing new can be sent meanwhile).
 */
public record ConsumerView(
        long id,
        String firstName,
        String lastName,
        String mobileNumber,
        String email,
        boolean hasPassword,
        boolean restricted) {

    static ConsumerView of(Consumer consumer) {
        return new ConsumerView(
                consumer.id(),
                consumer.firstName(),
                consumer.lastName(),
                consumer.mobileNumber(),
                consumer.email(),
                consumer.hasPassword(),
                consumer.isRestricted());
    }
}
