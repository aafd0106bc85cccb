package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import de.anliegen.company.entity.Connection;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.database.InLists;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A consumer's connections with companies: connecting is what lets a company see them and their requests. */
@Stateless
@RolesAllowed(Roles.CONSUMER)
public class Connections {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Connecting> connecting;

    @Inject
    Event<Disconnected> disconnections;

    @EJB
    ConsumerContacts contacts;

    /** Connects, or answers the connection that exists already. */
    public Connected connect(ConsumerId consumer, String handle) {
        if (contacts.isRestricted(consumer)) {
            throw new Forbidden(
                    "account-restricted",
                    "Your account is restricted at your request to our data protection officer: no new connections"
                            + " until the restriction is lifted.");
        }
        var existing = active(consumer, handle);
        if (existing.isPresent()) {
            return new Connected(ConnectionView.of(existing.get()), false);
        }
        var company = em.createNamedQuery(Company.BY_HANDLE, Company.class)
                .setParameter("handle", handle)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("There is no participating company " + handle + "."));
        requireParticipating(company);
        // two requests at once (two tabs, a double tap) queue on the consumer's row: the later finds the connection
        contacts.holdForChange(consumer);
        var made = active(consumer, handle);
        if (made.isPresent()) {
            return new Connected(ConnectionView.of(made.get()), false);
        }
        connecting.fire(new Connecting(consumer));
        var connection = new Connection(consumer.value(), company, clock.instant());
        em.persist(connection);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Conflict("This connection was just made by another request.");
        }
        return new Connected(ConnectionView.of(connection), true);
    }

    /** Ends the connection; the company can no longer open conversations with the consumer or read their profile. */
    public void disconnect(ConsumerId consumer, String handle) {
        end(
                active(consumer, handle).orElseThrow(() -> new NotFound("You are not connected with " + handle + ".")),
                clock.instant());
    }

    /** Ends every connection of the consumer: their consent to service requests was withdrawn. */
    @RolesAllowed({Roles.CONSUMER, Roles.DATA_PROTECTION_OFFICER})
    public void disconnectAll(ConsumerId consumer) {
        var now = clock.instant();
        em.createNamedQuery(Connection.OF_CONSUMER, Connection.class)
                .setParameter("consumer", consumer.value())
                .setParameter("all", false)
                .getResultList()
                .forEach(connection -> end(connection, now));
    }

    private void end(Connection connection, Instant now) {
        connection.end(now);
        disconnections.fire(new Disconnected(
                new ConsumerId(connection.consumerId()),
                new CompanyId(connection.company().id())));
    }

    /** The active connections, newest first; with {@code all}, the ended ones too. */
    public List<ConnectionView> of(ConsumerId consumer, boolean all) {
        return em.createNamedQuery(Connection.OF_CONSUMER, Connection.class)
                .setParameter("consumer", consumer.value())
                .setParameter("all", all)
                .getResultStream()
                .map(ConnectionView::of)
                .toList();
    }

    /** The company a consumer is connected with now, by its handle; 404 when they are not connected. */
    public CompanyView connectedCompany(ConsumerId consumer, String handle) {
        var company = active(consumer, handle)
                .map(Connection::company)
                .orElseThrow(() -> new NotFound(
                        "not-connected",
                        "Connect with " + handle + " first: POST /api/v1/me/companies/" + handle + "."));
        requireParticipating(company);
        return CompanyView.of(company);
    }

    private static void requireParticipating(Company company) {
        if (company.isSuspended()) {
            throw new Conflict(
                    "company-suspended", company.name() + " does not take requests through Anliegen at the moment.");
        }
    }

    /** Whether a consumer is connected with a company now: only then may the company see them and write to them. */
    @RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
    public boolean areConnected(ConsumerId consumer, CompanyId company) {
        return !em.createNamedQuery(Connection.ACTIVE_BY_COMPANY_ID)
                .setParameter("consumer", consumer.value())
                .setParameter("company", company.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Since when a consumer is connected with a company; empty while they are not. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public Optional<Instant> connectedSince(ConsumerId consumer, CompanyId company) {
        return em.createNamedQuery(Connection.ACTIVE_SINCE, Instant.class)
                .setParameter("consumer", consumer.value())
                .setParameter("company", company.value())
                .getResultStream()
                .findFirst();
    }

    /** Which of these consumers are connected with the company now: one query for all. */
    @RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
    public Set<ConsumerId> connectedWith(CompanyId company, Collection<ConsumerId> consumers) {
        return consumersOf(Connection.ACTIVE_CONSUMERS_OF_COMPANY, company, consumers);
    }

    /**
     * Which of these consumers may write to the company now, and it to them: connected with it while it takes requests
     * through Anliegen. One query for all; {@link #requireParticipating(CompanyId)} tells a suspension apart.
     */
    @RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
    public Set<ConsumerId> writableWith(CompanyId company, Collection<ConsumerId> consumers) {
        return consumersOf(Connection.WRITABLE_CONSUMERS_OF_COMPANY, company, consumers);
    }

    /** Refuses with {@code company-suspended} while the company does not take requests through Anliegen. */
    @RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
    public void requireParticipating(CompanyId company) {
        requireParticipating(em.find(Company.class, company.value()));
    }

    private Set<ConsumerId> consumersOf(String query, CompanyId company, Collection<ConsumerId> consumers) {
        if (consumers.isEmpty()) {
            return Set.of();
        }
        return InLists.of(query)
                .bind("consumers", ConsumerId.valuesOf(consumers))
                .create(em, Long.class)
                .setParameter("company", company.value())
                .getResultStream()
                .map(ConsumerId::new)
                .collect(Collectors.toSet());
    }

    /** How many connections there are now, across the platform. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public long countActive() {
        return em.createNamedQuery(Connection.COUNT_ACTIVE, Long.class).getSingleResult();
    }

    private Optional<Connection> active(ConsumerId consumer, String handle) {
        return em.createNamedQuery(Connection.ACTIVE, Connection.class)
                .setParameter("consumer", consumer.value())
                .setParameter("handle", handle)
                .getResultStream()
                .findFirst();
    }
}
