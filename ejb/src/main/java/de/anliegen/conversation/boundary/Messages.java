package de.anliegen.conversation.boundary;

import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.control.ConversationAccess;
import de.anliegen.conversation.control.ConversationViews;
import de.anliegen.conversation.control.EventLog;
import de.anliegen.conversation.control.Participant;
import de.anliegen.conversation.control.Texts;
import de.anliegen.conversation.entity.Attachment;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The messages of a conversation: sent idempotently, numbered without gaps, read page by page after a cursor. */
@Stateless
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
public class Messages {

    public static final int MOST_CHARACTERS = Message.MOST_CHARACTERS;
    public static final int MOST_PER_PAGE = 200;
    public static final int MOST_ATTACHMENTS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConversationAccess access;

    @Resource
    SessionContext session;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Connections connections;

    @Inject
    ConversationViews views;

    @Inject
    EventLog events;

    @Inject
    Clock clock;

    /**
     * Sends a message. The conversation is locked while its next number is taken, and the message its client may have
     * sent earlier under the same id is read in the same statement: a retry is answered with the stored message, and
     * the unique key on (conversation, client message id) refuses a duplicate whatever happens. The events for both
     * streams are one outbox row, numbered by the sequencer once this commits.
     */
    public Sent send(ConversationId id, SendMessage command) {
        var me = me();
        access.requireUnrestricted(me);
        var clientMessageId = Texts.clientId(command.clientMessageId(), "clientMessageId");
        var attachmentIds = command.attachmentIds() == null ? List.<Long>of() : command.attachmentIds();
        if (attachmentIds.size() > MOST_ATTACHMENTS) {
            throw new Invalid("invalid", "attachmentIds", "At most " + MOST_ATTACHMENTS + " attachments a message.");
        }
        var text = Texts.text(command.text(), MOST_CHARACTERS, "text", !attachmentIds.isEmpty());
        var locked = access.requireForSend(me, id.value(), clientMessageId);
        var conversation = locked.conversation();
        if (locked.earlier().isPresent()) {
            var earlier = locked.earlier().get();
            if (earlier.author() != me.side() || !earlier.body().equals(text)) {
                throw new Conflict(
                        "client-message-id-reused", "This clientMessageId belongs to another message; use a new one.");
            }
            return new Sent(views.of(em, earlier), false);
        }
        if (!connections.areConnected(new ConsumerId(conversation.consumerId()), conversation.companyId())) {
            throw new Conflict(
                    "not-connected",
                    me.side() == Side.CONSUMER
                            ? "Connect with the company again to write to it."
                            : "The consumer has disconnected from your company: you can no longer write to them.");
        }
        var now = clock.instant();
        var message = conversation.append(me.side(), me.agentId(), me.agentName(), clientMessageId, text, now);
        em.persist(message);
        if (attachmentIds.isEmpty()) {
            events.message(em, conversation, message.seq(), now);
            return new Sent(MessageView.of(message, List.of()), true);
        }
        em.flush();
        attach(attachmentIds, me, conversation, message);
        events.message(em, conversation, message.seq(), now);
        return new Sent(views.of(em, message), true);
    }

    /** Up to {@code limit} messages with a number above {@code after} (0: from the first), in order. */
    public MessagePage page(ConversationId id, long after, int limit) {
        if (after < 0) {
            throw new Invalid("invalid", "after", "The cursor is the seq of a message, 0 or more.");
        }
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new Invalid("invalid", "limit", "The limit is between 1 and " + MOST_PER_PAGE + ".");
        }
        var conversation = access.read(me(), id.value());
        var found = em.createNamedQuery(Message.PAGE_AFTER, Message.class)
                .setParameter("conversation", conversation.id())
                .setParameter("after", after)
                .setMaxResults(limit + 1)
                .getResultList();
        var more = found.size() > limit;
        var page = views.messages(em, more ? found.subList(0, limit) : found);
        var next = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        return new MessagePage(page, next, more);
    }

    private void attach(List<Long> attachmentIds, Participant me, Conversation conversation, Message message) {
        for (var attachmentId : attachmentIds.stream().distinct().toList()) {
            var attachment = attachmentId == null
                    ? null
                    : em.find(Attachment.class, attachmentId, LockModeType.PESSIMISTIC_WRITE);
            if (attachment == null || !attachment.canBeSentBy(me.side(), conversation.id())) {
                throw new Invalid(
                        "invalid",
                        "attachmentIds",
                        "Attachment " + attachmentId
                                + " is not an upload of yours to this conversation waiting to be sent.");
            }
            attachment.sendWith(message);
        }
    }

    private Participant me() {
        return ConversationAccess.me(session, staffAccounts);
    }
}
