package de.anliegen.conversation.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a stream's position row in a transaction of its own, committed at once, so that the caller only ever locks
 * a row that exists: a locking read of a missing row would take a gap lock on MariaDB, and two transactions creating
 * neighbouring streams would deadlock on their inserts.
 */
@Stateless
@PermitAll
public class StreamPositions {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String streamKey) {
        em.createNativeQuery("INSERT IGNORE INTO stream_position (stream_key, last_seq) VALUES (?1, 0)")
                .setParameter(1, streamKey)
                .executeUpdate();
    }
}
