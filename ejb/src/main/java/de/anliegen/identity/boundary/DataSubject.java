package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Consumer;
import java.io.Serializable;
import java.time.Instant;

/** A consumer as the data protection officer finds them for a written request. */
public record DataSubject(
        long id,
        String firstName,
        String lastName,
        String mobileNumber,
        String email,
        Instant registeredAt,
        boolean restricted)
        implements Serializable {

    static DataSubject of(Consumer consumer) {
        return new DataSubject(
                consumer.id(),
                consumer.firstName(),
                consumer.lastName(),
                consumer.mobileNumber(),
                consumer.email(),
                consumer.createdAt(),
                consumer.isRestricted());
    }
}
