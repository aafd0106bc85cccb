package de.anliegen.support;

import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.database.MariaDb;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * For in-container tests: a consumer with a fixed id (created here on first use) who calls boundaries as the app does
 * after signing in, and counts the SQL statements the transaction of a call sends to the database.
 */
@Stateless
@PermitAll
@RunAs(Roles.CONSUMER)
@RunAsPrincipal("consumer:" + CountingConsumer.ID)
public class CountingConsumer {

    public static final long ID = 990_001;

    @PersistenceContext
    EntityManager em;

    /** Makes sure the consumer exists, with a mobile number (needed to write to companies). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void exist() {
        var found = em.createNativeQuery("SELECT COUNT(*) FROM consumer WHERE id = ?1")
                .setParameter(1, ID)
                .getSingleResult();
        if (((Number) found).longValue() == 0) {
            em.createNativeQuery("INSERT INTO consumer (id, first_name, last_name, mobile_number, created_at, version)"
                            + " VALUES (?1, 'Zora', 'Zählwerk', '+4915199000001', ?2, 0)")
                    .setParameter(1, ID)
                    .setParameter(2, LocalDateTime.now(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    /** Does it as this consumer, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T does(Supplier<T> action) {
        return action.get();
    }

    /**
     * The statements a call sends in its transaction, up to the commit (what the commit would flush included); the
     * call's own statements only, not those of other threads.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int statementsOf(Runnable action) {
        var count = new AtomicInteger();
        em.unwrap(Session.class).addEventListeners(new SessionEventListener() {
            @Override
            public void jdbcExecuteStatementStart() {
                count.incrementAndGet();
            }

            @Override
            public void jdbcExecuteBatchStart() {
                count.incrementAndGet();
            }
        });
        action.run();
        em.flush();
        return count.get();
    }

    /**
     * The index and table rows the database read for a call in its transaction, up to the commit, on MariaDB (its
     * session's {@code Handler_read_*} counters, which count this connection's work only); empty on H2, which counts
     * none, where the call still runs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalLong rowsReadBy(Runnable action) {
        var counted = MariaDb.isUsedBy(em.getEntityManagerFactory());
        var before = counted ? rowsRead() : 0;
        action.run();
        em.flush();
        return counted ? OptionalLong.of(rowsRead() - before) : OptionalLong.empty();
    }

    private long rowsRead() {
        return em.createNativeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")
                .getResultStream()
                .mapToLong(row -> Long.parseLong(String.valueOf(((Object[]) row)[1])))
                .sum();
    }
}
