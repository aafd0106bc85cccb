package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Consumer;
import de.anliegen.platform.boundary.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The consumer's own profile. */
@Stateless
@RolesAllowed(Roles.CONSUMER)
public class ConsumerProfile {

    @PersistenceContext
    EntityManager em;

    public ConsumerView me(ConsumerId consumer) {
        var found = em.find(Consumer.class, consumer.value());
        if (found == null) {
            throw new NotFound("There is no such consumer.");
        }
        return ConsumerView.of(found);
    }
}
