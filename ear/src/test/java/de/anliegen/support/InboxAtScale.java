package de.anliegen.support;

import de.anliegen.conversation.entity.Conversation;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.database.RowInserts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * For in-container tests of the inbox at size: many old conversations of one consumer with the demo Stadtwerke (made
 * once), and what a call as the Stadtwerke's admin costs: its statements, and on MariaDB the rows its statements read
 * (the session's handler counters, which count every index entry and row the storage engine hands over).
 */
@Stateless
@PermitAll
@RunAs(Roles.COMPANY_ADMIN)
@RunAsPrincipal(StadtwerkeAdmin.EMAIL)
public class InboxAtScale {

    public static final String MOBILE_NUMBER = "+4915199000002";
    /** Their requests are older than any other test's: they fill the inbox's later pages, never its first. */
    public static final Instant OLDEST = Instant.parse("2024-01-01T08:00:00Z");

    public static final List<String> STATUSES = List.of("OPEN", "WAITING_FOR_CONSUMER", "RESOLVED", "CLOSED");

    @PersistenceContext
    EntityManager em;

    /**
     * Makes {@code count} conversations (once): every third assigned to the admin, statuses in turn. Their consumer is
     * known by a mobile number of its own: an id chosen here would move the table's auto-increment (MariaDB, and H2 in
     * its mode) and be taken by the next consumer who signs up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void exist(int count) {
        if (!em.createNativeQuery("SELECT id FROM consumer WHERE mobile_number = ?1")
                .setParameter(1, MOBILE_NUMBER)
                .getResultList()
                .isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO consumer (first_name, last_name, mobile_number, created_at, version)"
                        + " VALUES ('Sara', 'Skala', ?1, ?2, 0)")
                .setParameter(1, MOBILE_NUMBER)
                .setParameter(2, LocalDateTime.ofInstant(OLDEST, ZoneOffset.UTC))
                .executeUpdate();
        var consumer = ((Number) em.createNativeQuery("SELECT id FROM consumer WHERE mobile_number = ?1")
                        .setParameter(1, MOBILE_NUMBER)
                        .getSingleResult())
                .longValue();
        var company = ((Number) em.createNativeQuery("SELECT id FROM company WHERE handle = ?1")
                        .setParameter(1, ServiceRequests.STADTWERKE)
                        .getSingleResult())
                .longValue();
        var admin = adminId();
        var rows = new ArrayList<Object[]>();
        for (var i = 0; i < count; i++) {
            // some share their time, so that the order's second key (the id) counts too
            var at = OLDEST.plus(i / 3, ChronoUnit.MINUTES);
            rows.add(new Object[] {
                consumer,
                company,
                "scale-" + i,
                "Zählerstand Nummer " + i,
                STATUSES.get(i % STATUSES.size()),
                i % 3 == 0 ? admin : null,
                0L,
                0L,
                0L,
                0L,
                0L,
                at,
                at
            });
        }
        RowInserts.into(
                em,
                "conversation",
                List.of(
                        "consumer_id",
                        "company_id",
                        "client_request_id",
                        "subject",
                        "status",
                        "assigned_agent_id",
                        "last_seq",
                        "consumer_delivered_seq",
                        "consumer_read_seq",
                        "company_delivered_seq",
                        "company_read_seq",
                        "created_at",
                        "last_activity_at"),
                rows);
    }

    /** Gives every one of the scale's requests this tag (once); how many have it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tagged(String tag) {
        var ids = em.createNativeQuery("SELECT c.id FROM conversation c JOIN consumer p ON p.id = c.consumer_id"
                        + " WHERE p.mobile_number = ?1 ORDER BY c.id")
                .setParameter(1, MOBILE_NUMBER)
                .getResultList();
        var company = stadtwerkeId();
        if (em.createNativeQuery("SELECT conversation_id FROM conversation_tag WHERE company_id = ?1 AND tag = ?2")
                .setParameter(1, company)
                .setParameter(2, tag)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            var rows = new ArrayList<Object[]>();
            for (var id : ids) {
                rows.add(new Object[] {((Number) id).longValue(), company, tag});
            }
            RowInserts.into(em, "conversation_tag", List.of("conversation_id", "company_id", "tag"), rows);
        }
        return ids.size();
    }

    public long adminId() {
        return ((Number) em.createNativeQuery("SELECT id FROM staff_account WHERE email = ?1")
                        .setParameter(1, StadtwerkeAdmin.EMAIL)
                        .getSingleResult())
                .longValue();
    }

    public long stadtwerkeId() {
        return ((Number) em.createNativeQuery("SELECT id FROM company WHERE handle = ?1")
                        .setParameter(1, ServiceRequests.STADTWERKE)
                        .getSingleResult())
                .longValue();
    }

    /** A company's open requests with unread messages, by the query the portal's unread count runs. */
    public long unreadOf(long company) {
        return em.createNamedQuery(Conversation.UNREAD_OF_COMPANY, Long.class)
                .setParameter("company", company)
                .getResultList()
                .size();
    }

    /** Does it as the Stadtwerke's admin, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T does(Supplier<T> action) {
        return action.get();
    }

    /** What the call cost: statements, and on MariaDB the rows they read (else -1). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Cost costOf(Runnable action, boolean mariaDb) {
        var statements = new AtomicInteger();
        em.unwrap(Session.class).addEventListeners(new SessionEventListener() {
            @Override
            public void jdbcExecuteStatementStart() {
                statements.incrementAndGet();
            }
        });
        if (!mariaDb) {
            action.run();
            return new Cost(statements.get(), -1, "");
        }
        var before = handlerReads();
        statements.set(0);
        action.run();
        var counted = statements.get();
        var after = handlerReads();
        var read = new TreeMap<String, Long>();
        after.forEach((name, value) -> {
            var difference = value - before.getOrDefault(name, 0L);
            if (difference != 0) {
                read.put(name.replace("Handler_read_", ""), difference);
            }
        });
        return new Cost(
                counted, read.values().stream().mapToLong(Long::longValue).sum(), read.toString());
    }

    /** The storage engine's counters of rows and index entries handed over, in this session (connection). */
    private Map<String, Long> handlerReads() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'").getResultList();
        return rows.stream()
                .filter(row -> !"Handler_read_retry".equals(row[0]))
                .collect(Collectors.toMap(row -> (String) row[0], row -> Long.parseLong(row[1].toString())));
    }

    /** The statements a call sent and the rows they read. */
    public record Cost(int statements, long rowsRead, String reads) {}
}
