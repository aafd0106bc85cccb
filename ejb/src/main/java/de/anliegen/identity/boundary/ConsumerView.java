package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Consumer;

/** A consumer's own profile, as the app shows it. */
public record ConsumerView(long id, String firstName, String lastName, String mobileNumber) {

    static ConsumerView of(Consumer consumer) {
        return new ConsumerView(consumer.id(), consumer.firstName(), consumer.lastName(), consumer.mobileNumber());
    }
}
