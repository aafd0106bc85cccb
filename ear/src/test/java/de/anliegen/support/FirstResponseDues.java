package de.anliegen.support;

import de.anliegen.conversation.entity.Conversation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * For in-container tests of the first response a company promised: time passes for a request by moving its due time
 * back in the database, as the minutes passing would, and its state is read afresh.
 */
@Stateless
public class FirstResponseDues {

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dueAt(long conversation, Instant due) {
        em.createQuery("update Conversation c set c.firstResponseDueAt = :due where c.id = :id")
                .setParameter("due", due)
                .setParameter("id", conversation)
                .executeUpdate();
    }

    /** The request as the database holds it now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Conversation request(long conversation) {
        return em.find(Conversation.class, conversation);
    }
}
