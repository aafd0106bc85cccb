package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Consumer;

/** A consumer's own profile, as the app shows it: {@code email} is a confirmed address or absent. */
public record ConsumerView(
        long id, String firstName, String lastName, String mobileNumber, String email, boolean hasPassword) {

    static ConsumerView of(Consumer consumer) {
        return new ConsumerView(
                consumer.id(),
                consumer.firstName(),
                consumer.lastName(),
                consumer.mobileNumber(),
                consumer.email(),
                consumer.hasPassword());
    }
}
