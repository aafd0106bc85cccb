package de.anliegen.identity.boundary;

import de.anliegen.identity.control.ConsumerLookup;
import de.anliegen.identity.entity.Consumer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Consumers as companies see them. Whether a company may see a consumer at all (a connection) is for the caller to
 * decide; this boundary only gives out no more than name and number.
 */
@Stateless
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
public class ConsumerContacts {

    @PersistenceContext
    EntityManager em;

    public ConsumerContact contact(ConsumerId consumer) {
        var found = ConsumerLookup.require(em, consumer.value());
        return new ConsumerContact(found.id(), found.firstName(), found.lastName(), found.mobileNumber());
    }

    /** Whether the consumer can write to companies: they need a mobile number (ADR 0004). */
    public boolean hasMobileNumber(ConsumerId consumer) {
        var found = em.find(Consumer.class, consumer.value());
        return found != null && found.mobileNumber() != null;
    }
}
