package de.anliegen.conversation.boundary;

import de.anliegen.conversation.control.ConversationAccess;
import de.anliegen.conversation.control.ConversationViews;
import de.anliegen.conversation.control.MessagePages;
import de.anliegen.conversation.control.Send;
import de.anliegen.conversation.control.SendQueue;
import de.anliegen.conversation.entity.Message;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.texts.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The messages of a conversation: sent idempotently, numbered without gaps, read page by page after a cursor (from
 * the first) or before one (from the newest).
 */
@Stateless
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
public class Messages {

    public static final int MOST_CHARACTERS = Message.MOST_CHARACTERS;
    /** A client message id (or a request id): 8 to 64 letters, digits, '-' or '_'; a UUID fits. */
    public static final String CLIENT_ID_PATTERN = "^" + Texts.CLIENT_ID_PATTERN + "$";

    public static final int MOST_PER_PAGE = 200;
    public static final int MOST_ATTACHMENTS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConversationAccess access;

    @Inject
    ConversationViews views;

    @Inject
    SendQueue sends;

    /**
     * Sends a message. Its form is checked here; its conversation, locked while the message takes its next number, is
     * checked in the {@link SendQueue}'s batch, with the message its client may have sent earlier under the same id: a
     * retry is answered with the stored message, and the unique key on (conversation, client message id) refuses a
     * duplicate whatever happens. The events for both streams are one outbox row, numbered by the sequencer once the
     * batch commits.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Sent send(ConversationId id, SendMessage command) {
        var clientMessageId = Texts.clientId(command.clientMessageId(), "clientMessageId");
        var attachmentIds = command.attachmentIds() == null ? List.<Long>of() : command.attachmentIds();
        if (attachmentIds.size() > MOST_ATTACHMENTS) {
            throw new Invalid("invalid", "attachmentIds", "At most " + MOST_ATTACHMENTS + " attachments a message.");
        }
        var text = Texts.text(command.text(), MOST_CHARACTERS, "text", !attachmentIds.isEmpty());
        return sends.send(new Send(access.me(), id.value(), clientMessageId, text, attachmentIds));
    }

    /** Up to {@code limit} messages with a number above {@code after} (0: from the first), in order. */
    public MessagePage page(ConversationId id, long after, int limit) {
        if (after < 0) {
            throw new Invalid("invalid", "after", "The cursor is the seq of a message, 0 or more.");
        }
        checkLimit(limit);
        var conversation = access.read(access.me(), id.value());
        var found = em.createNamedQuery(Message.PAGE_AFTER, Message.class)
                .setParameter("conversation", conversation.id())
                .setParameter("after", after)
                .setMaxResults(limit + 1)
                .getResultList();
        var more = found.size() > limit;
        return MessagePages.after(views.messages(em, more ? found.subList(0, limit) : found), after, more);
    }

    /**
     * The newest {@code limit} messages with a number below {@code before}, in order: the conversation's last seq + 1
     * answers the newest screen, and each page's {@code earlier} the one before it. Read newest first on the unique
     * index (conversation, seq), so only the rows answered are read, however long the conversation.
     */
    public MessagePage before(ConversationId id, long before, int limit) {
        if (before < 1) {
            throw new Invalid(
                    "invalid",
                    "before",
                    "The cursor is a seq, 1 or more: the conversation's lastSeq + 1 for the newest.");
        }
        checkLimit(limit);
        var conversation = access.read(access.me(), id.value());
        var found = em.createNamedQuery(Message.PAGE_BEFORE, Message.class)
                .setParameter("conversation", conversation.id())
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
        return MessagePages.before(views.messages(em, found), before, conversation.lastSeq());
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new Invalid("invalid", "limit", "The limit is between 1 and " + MOST_PER_PAGE + ".");
        }
    }
}
