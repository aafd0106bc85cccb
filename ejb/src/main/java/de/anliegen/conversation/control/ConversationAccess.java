package de.anliegen.conversation.control;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.database.InLists;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, and the conversations they may touch. A conversation that is not theirs does not exist for them:
 * the answer is the same 404 as for an id that was never given out. While the data protection officer restricts a
 * consumer's data, no agent touches their conversations and the consumer sends nothing new.
 */
@ApplicationScoped
public class ConversationAccess {

    public static final String READ = "conversation.read";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ConsumerContacts contacts;

    @Inject
    Caller caller;

    @Inject
    Connections connections;

    /** The caller as a participant of conversations: a consumer, or an agent of a company. */
    public Participant me() {
        return caller.consumerIfAny().map(Participant::consumer).orElseGet(() -> agent(caller.staff()));
    }

    /** The participant a principal of the stream is: a consumer, or an active agent of a company; else empty. */
    public static Optional<Participant> of(String principalName, boolean consumer, StaffAccounts staffAccounts) {
        if (consumer) {
            return Optional.of(Participant.consumer(ConsumerId.ofPrincipalName(principalName)));
        }
        return staffAccounts
                .active(principalName)
                .filter(staff -> staff.companyId() != null)
                .filter(staff ->
                        staff.roles().contains(Roles.AGENT) || staff.roles().contains(Roles.COMPANY_ADMIN))
                .map(ConversationAccess::agent);
    }

    private static Participant agent(StaffAccountView staff) {
        if (staff.companyId() == null) {
            throw new Forbidden("Only the staff of a company work on its service requests.");
        }
        return Participant.agent(staff.id(), staff.companyId(), staff.displayName());
    }

    /**
     * The conversation if the participant may see that it exists, whatever the state of the consumer's data: what the
     * inbox lists. Its messages and the consumer are read only through {@link #require}.
     */
    public Conversation requireListed(Participant participant, long id) {
        var conversation = em.find(Conversation.class, id);
        if (conversation == null || !participant.sees(conversation)) {
            throw new NotFound("There is no conversation " + id + ".");
        }
        return conversation;
    }

    public Conversation require(Participant participant, long id) {
        var conversation = requireListed(participant, id);
        requireNotRestricted(participant, conversation);
        return conversation;
    }

    private void requireNotRestricted(Participant participant, Conversation conversation) {
        if (participant.side() == Side.COMPANY && contacts.isRestricted(new ConsumerId(conversation.consumerId()))) {
            throw consumerRestricted();
        }
    }

    /** A consumer whose data is restricted sends nothing new until the restriction is lifted. */
    public void requireUnrestricted(Participant participant) {
        if (isRestrictedConsumer(participant)) {
            throw accountRestricted();
        }
    }

    /** Whether the participant is a consumer whose data is restricted: nothing of theirs goes out, typing included. */
    public boolean isRestrictedConsumer(Participant participant) {
        return participant.side() == Side.CONSUMER && contacts.isRestricted(new ConsumerId(participant.consumerId()));
    }

    /**
     * A message or file goes into a conversation only while its consumer is connected with its company and the company
     * takes requests through Anliegen: refused with {@code company-suspended} or {@code not-connected} otherwise.
     */
    public void requireWritable(Participant participant, Conversation conversation) {
        connections.requireParticipating(conversation.company());
        if (!connections.areConnected(conversation.consumer(), conversation.company())) {
            throw new Conflict(
                    "not-connected",
                    participant.side() == Side.CONSUMER
                            ? "Connect with the company again to write to it."
                            : "The consumer has disconnected from your company: you can no longer write to them.");
        }
    }

    private static Forbidden consumerRestricted() {
        return new Forbidden(
                "consumer-restricted",
                "The data protection officer has restricted the processing of this consumer's data: the"
                        + " conversation cannot be opened meanwhile.");
    }

    private static Forbidden accountRestricted() {
        return new Forbidden(
                "account-restricted",
                "Your account is restricted at your request to our data protection officer: you can read and"
                        + " export your data, but not send anything until the restriction is lifted.");
    }

    /**
     * As {@link #require}; when a company's staff read it, that is an access to the consumer's data and goes into the
     * audit trail (once per reader and {@link AuditTrail#ACCESS_WINDOW}).
     */
    public Conversation read(Participant participant, long id) {
        var conversation = require(participant, id);
        if (participant.side() == Side.COMPANY) {
            audit.recordAccess(Audited.serviceAccess(
                    READ, new ConsumerId(conversation.consumerId()), "conversation:" + conversation.id()));
        }
        return conversation;
    }

    /** As {@link #require}, read under a lock on its row: for changes that number messages or move markers. */
    public Conversation requireForUpdate(Participant participant, long id) {
        var conversation = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
        return checked(participant, conversation, id);
    }

    /**
     * The conversations of a batch of sends, each locked (in the order of their ids, so that two batches never wait
     * for each other in a circle), with the messages sent earlier under the sends' client message ids, in one
     * statement; and, in one more, which of their consumers are restricted.
     */
    public LockedForSends lockForSends(Collection<Long> ids, Collection<String> clientMessageIds) {
        var conversations = new HashMap<Long, Conversation>();
        var earlier = new HashMap<SentBefore, Message>();
        InLists.of(Message.LOCK_WITH_EARLIER)
                .bind("conversations", Set.copyOf(ids))
                .bind("clientMessageIds", Set.copyOf(clientMessageIds))
                .create(em, Object[].class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .forEach(row -> {
                    var conversation = (Conversation) row[0];
                    conversations.put(conversation.id(), conversation);
                    if (row[1] instanceof Message message) {
                        earlier.put(new SentBefore(conversation.id(), message.clientMessageId()), message);
                    }
                });
        var consumers =
                conversations.values().stream().map(Conversation::consumer).collect(Collectors.toSet());
        var unrestricted = contacts.unrestricted(consumers).keySet();
        consumers.removeAll(unrestricted);
        return new LockedForSends(conversations, earlier, consumers);
    }

    /**
     * The conversation of a send among those locked, if its sender may write into it: not theirs is 404 as in {@link
     * #require}; a restricted consumer neither writes nor is written to.
     */
    public Conversation requireForSend(Participant participant, long id, LockedForSends locked) {
        var conversation = locked.conversations().get(id);
        if (conversation == null || !participant.sees(conversation)) {
            throw new NotFound("There is no conversation " + id + ".");
        }
        if (locked.restricted().contains(conversation.consumer())) {
            throw participant.side() == Side.CONSUMER ? accountRestricted() : consumerRestricted();
        }
        return conversation;
    }

    /** A conversation and a client message id sent into it. */
    public record SentBefore(long conversationId, String clientMessageId) {}

    /**
     * Conversations locked for a batch of sends, the messages their clients sent earlier under the sends' ids (and, as
     * the batch goes on, those it sends), and the restricted consumers among theirs.
     */
    public record LockedForSends(
            Map<Long, Conversation> conversations, Map<SentBefore, Message> earlier, Set<ConsumerId> restricted) {

        public Optional<Message> earlier(long conversationId, String clientMessageId) {
            return Optional.ofNullable(earlier.get(new SentBefore(conversationId, clientMessageId)));
        }

        /** A message this batch sent: a later send of the batch with the same client message id is its repetition. */
        public void sent(Message message) {
            earlier.put(new SentBefore(message.conversation().id(), message.clientMessageId()), message);
        }
    }

    private Conversation checked(Participant participant, Conversation conversation, long id) {
        if (conversation == null || !participant.sees(conversation)) {
            throw new NotFound("There is no conversation " + id + ".");
        }
        requireNotRestricted(participant, conversation);
        return conversation;
    }
}
