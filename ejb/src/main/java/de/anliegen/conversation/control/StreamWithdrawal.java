package de.anliegen.conversation.control;

import de.anliegen.company.boundary.Disconnected;
import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.identity.boundary.ConsumerRestricted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A company's stream keeps its events with the consumer's name and texts, for agents' clients that reconnect. Once
 * the consumer's data is restricted, no client of any company gets them again: their events in company streams are
 * deleted with the restriction; once the consumer disconnects from a company, that company's stream loses them (a
 * reconnecting client skips the numbers; the conversation stays listed, without the consumer's profile).
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

    void withdraw(@Observes Disconnected disconnected) {
        sequencerPause.untilCommit();
        em.createNamedQuery(StreamEvent.DELETE_OF_CONSUMER_FOR_COMPANY)
                .setParameter("stream", Streams.ofCompany(disconnected.company().value()))
                .setParameter("consumer", disconnected.consumer().value())
                .setParameter("company", disconnected.company().value())
                .executeUpdate();
    }
}
