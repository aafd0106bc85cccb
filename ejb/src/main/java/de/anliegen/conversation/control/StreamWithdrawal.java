package de.anliegen.conversation.control;

import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.identity.boundary.ConsumerRestricted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A company's stream keeps its events with the consumer's name and texts, for agents' clients that reconnect. Once
 * the consumer's data is restricted, no client of the company gets them again: their events in company streams are
 * deleted with the restriction (a reconnecting client skips the numbers; the conversation stays listed).
 */
@ApplicationScoped
public class StreamWithdrawal {

    @PersistenceContext
    EntityManager em;

    @Inject
    SequencerPause sequencerPause;

    void withdraw(@Observes ConsumerRestricted restricted) {
        sequencerPause.untilCommit();
        em.createNamedQuery(StreamEvent.DELETE_OF_CONSUMER_FOR_COMPANIES)
                .setParameter("consumer", restricted.consumer().value())
                .executeUpdate();
    }
}
