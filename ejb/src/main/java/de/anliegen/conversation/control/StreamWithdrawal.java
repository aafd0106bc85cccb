package de.anliegen.conversation.control;

import de.anliegen.company.boundary.Disconnected;
import de.anliegen.conversation.boundary.ConversationErased;
import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.ConsumerRestricted;
import de.anliegen.identity.boundary.RestrictionLifted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * A company's stream keeps its events with the consumer's name and texts, for agents' clients that reconnect. Once
 * the consumer's data is restricted, no client of any company gets them again: their events in company streams are
 * deleted with the restriction; once the consumer disconnects from a company, that company's stream loses them (a
 * reconnecting client skips the numbers; the conversation stays listed, without the consumer's profile). Either
 * way, and when a restriction is lifted, each of the consumer's requests concerned gets a status event, rendered as it
 * may now be shown: pages and clients open on them draw them anew at once, not at some later change. Once the consumer
 * is erased, their requests are gone with their events, and a status event of them could not be rendered: the pages
 * of their companies, on every node, are told over the topic instead that they are gone ({@link ConversationErased}).
 */
@ApplicationScoped
public class StreamWithdrawal {

    @PersistenceContext
    EntityManager em;

    @Inject
    SequencerPause sequencerPause;

    @Inject
    EventLog events;

    @Inject
    Clock clock;

    @Inject
    Event<Erased> erased;

    void withdraw(@Observes ConsumerRestricted restricted) {
        sequencerPause.untilCommit();
        em.createNamedQuery(StreamEvent.DELETE_OF_CONSUMER_FOR_COMPANIES)
                .setParameter("consumer", restricted.consumer().value())
                .executeUpdate();
        tellOpenPages(restricted.consumer(), conversation -> true);
    }

    void showAgain(@Observes RestrictionLifted lifted) {
        tellOpenPages(lifted.consumer(), conversation -> true);
    }

    void withdraw(@Observes Disconnected disconnected) {
        sequencerPause.untilCommit();
        em.createNamedQuery(StreamEvent.DELETE_OF_CONSUMER_FOR_COMPANY)
                .setParameter("stream", Streams.ofCompany(disconnected.company().value()))
                .setParameter("consumer", disconnected.consumer().value())
                .setParameter("company", disconnected.company().value())
                .executeUpdate();
        tellOpenPages(
                disconnected.consumer(),
                conversation ->
                        conversation.companyId() == disconnected.company().value());
    }

    /** The consumer's requests are erased in this transaction: once it has committed, pages open on them hear of it. */
    public void tellOpenPages(List<Conversation> erasedConversations) {
        erased.fire(new Erased(erasedConversations.stream()
                .map(conversation -> new ConversationErased(
                        new CompanyId(conversation.companyId()), new ConversationId(conversation.id())))
                .toList()));
    }

    private void tellOpenPages(ConsumerId consumer, Predicate<Conversation> concerned) {
        var now = clock.instant();
        em.createNamedQuery(Conversation.OF_CONSUMER, Conversation.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .filter(concerned)
                .forEach(conversation -> events.status(em, conversation, now));
    }

    /** Requests an erasure deletes, for {@link StreamPublisher} to announce once it has committed. */
    public record Erased(List<ConversationErased> conversations) {}
}
