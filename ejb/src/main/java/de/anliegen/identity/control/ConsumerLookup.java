package de.anliegen.identity.control;

import de.anliegen.identity.entity.Consumer;
import de.anliegen.platform.problems.NotFound;
import jakarta.persistence.EntityManager;

/** The consumer a boundary acts for: there, or 404 (a token can outlive a deletion by a moment). */
public final class ConsumerLookup {

    private ConsumerLookup() {}

    public static Consumer require(EntityManager em, long consumerId) {
        var consumer = em.find(Consumer.class, consumerId);
        if (consumer == null) {
            throw new NotFound("There is no such consumer.");
        }
        return consumer;
    }
}
