package de.anliegen.identity.boundary;

import de.anliegen.identity.control.ConsumerLookup;
import de.anliegen.identity.control.MobileNumbers;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.platform.database.InLists;
import de.anliegen.platform.database.LikePattern;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Consumers as companies see them. Whether a company may see a consumer at all (a connection) is for the caller to
 * decide; this boundary only gives out no more than name and number.
 */
@Stateless
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
public class ConsumerContacts {

    @PersistenceContext
    EntityManager em;

    /**
     * The contacts of those of these consumers whose data is not restricted, by id (one query for all): what a page of
     * conversations shows of the people who wrote.
     */
    public Map<ConsumerId, ConsumerContact> unrestricted(Collection<ConsumerId> consumers) {
        if (consumers.isEmpty()) {
            return Map.of();
        }
        return InLists.of(Consumer.BY_IDS)
                .bind("ids", ConsumerId.valuesOf(consumers))
                .create(em, Consumer.class)
                .getResultStream()
                .filter(found -> !found.isRestricted())
                .collect(Collectors.toMap(
                        found -> new ConsumerId(found.id()),
                        found -> new ConsumerContact(
                                found.id(), found.firstName(), found.lastName(), found.mobileNumber())));
    }

    /**
     * The ids of the (newest {@code most}) consumers whose name or mobile number contains the term (a number also as
     * people type it: {@code 0151 123 456 78} finds {@code +4915112345678}), of those the company sees by name:
     * connected with it now and their data not restricted. For narrowing a company's own conversations by who wrote them: a search never
     * finds by name a consumer whose name the inbox hides.
     */
    public List<ConsumerId> idsMatching(CompanyId company, String term, int most) {
        return em.createNamedQuery(Consumer.IDS_MATCHING, Long.class)
                .setParameter("company", company.value())
                .setParameter("pattern", LikePattern.containing(term))
                .setParameter("number", LikePattern.containing(MobileNumbers.searched(term)))
                .setMaxResults(most)
                .getResultStream()
                .map(ConsumerId::new)
                .toList();
    }

    /**
     * What identifies the consumer in free text (names, mobile number, e-mail address): what an erasure removes from
     * texts that are kept, such as a data-subject case's notes.
     */
    @RolesAllowed({Roles.CONSUMER, Roles.DATA_PROTECTION_OFFICER})
    public List<String> identifiers(ConsumerId consumer) {
        var found = ConsumerLookup.require(em, consumer.value());
        return Stream.of(found.firstName(), found.lastName(), found.mobileNumber(), found.email())
                .filter(Objects::nonNull)
                .toList();
    }

    /** How many consumers have an account: for the platform's figures. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public long count() {
        return em.createNamedQuery(Consumer.COUNT, Long.class).getSingleResult();
    }

    /**
     * Which of these consumers still have an account, in one query: for records written after the requests, which a
     * deletion may beat.
     */
    @PermitAll
    public Set<ConsumerId> existing(Collection<ConsumerId> consumers) {
        if (consumers.isEmpty()) {
            return Set.of();
        }
        return em.createNamedQuery(Consumer.IDS_AMONG, Long.class)
                .setParameter("ids", ConsumerId.valuesOf(consumers))
                .getResultStream()
                .map(ConsumerId::new)
                .collect(Collectors.toSet());
    }

    /** Whether the data protection officer has restricted processing of the consumer's data. */
    @PermitAll
    public boolean isRestricted(ConsumerId consumer) {
        var found = em.find(Consumer.class, consumer.value());
        return found != null && found.isRestricted();
    }

    /**
     * Holds the consumer's row until the transaction ends: changes of one consumer that must not race (two attempts
     * to open the same request) queue here.
     */
    @RolesAllowed(Roles.CONSUMER)
    public void holdForChange(ConsumerId consumer) {
        em.find(Consumer.class, consumer.value(), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether the consumer can write to companies: they need a mobile number (ADR 0004). */
    public boolean hasMobileNumber(ConsumerId consumer) {
        var found = em.find(Consumer.class, consumer.value());
        return found != null && found.mobileNumber() != null;
    }
}
