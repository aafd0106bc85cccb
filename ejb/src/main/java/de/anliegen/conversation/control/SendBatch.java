package de.anliegen.conversation.control;

import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.boundary.Sent;
import de.anliegen.conversation.control.ConversationAccess.LockedForSends;
import de.anliegen.conversation.entity.Attachment;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Message;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sends that reached the {@link SendQueue} together, in one transaction: their conversations locked and their
 * senders checked in three statements for all, then each message, and one outbox row per message in one statement.
 * A send its rules refuse is answered with its problem and leaves nothing behind; the others commit together. Run by
 * whichever request's thread gathered the batch, with the senders it names, never that thread's caller.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class SendBatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConversationAccess access;

    @Inject
    Connections connections;

    @Inject
    ConversationViews views;

    @Inject
    EventLog events;

    @Inject
    Clock clock;

    /** Sends each message of the batch; the outcomes in the order of the sends. */
    public List<Outcome> send(List<Send> sends) {
        var locked = access.lockForSends(
                sends.stream().map(Send::conversationId).toList(),
                sends.stream().map(Send::clientMessageId).toList());
        var writable = writable(locked.conversations().values());
        var now = clock.instant();
        var outcomes = new ArrayList<Outcome>(sends.size());
        var sent = new ArrayList<Message>(sends.size());
        for (var send : sends) {
            try {
                outcomes.add(Outcome.of(one(send, locked, writable, now, sent)));
            } catch (ProblemException refused) {
                outcomes.add(Outcome.refused(refused));
            }
        }
        events.messages(em, sent);
        return outcomes;
    }

    /**
     * One send: every check before anything changes, so that a refusal leaves the conversation as it was. A retry is
     * answered with the message stored under its client message id; another text or other files under the same id
     * are refused.
     */
    private Sent one(Send send, LockedForSends locked, Set<Long> writable, Instant now, List<Message> sent) {
        var me = send.by();
        var conversation = access.requireForSend(me, send.conversationId(), locked);
        var earlier = locked.earlier(conversation.id(), send.clientMessageId());
        if (earlier.isPresent()) {
            var stored = views.of(em, earlier.get());
            if (earlier.get().author() != me.side()
                    || !earlier.get().body().equals(send.text())
                    || !send.namesTheFilesOf(stored)) {
                throw new Conflict(
                        "client-message-id-reused", "This clientMessageId belongs to another message; use a new one.");
            }
            return new Sent(stored, false);
        }
        if (!writable.contains(conversation.id())) {
            // the batch's one query found no connection to a participating company: which of the two, and why
            access.requireWritable(me, conversation);
        }
        var attachments = attachments(send, conversation);
        var message =
                conversation.append(me.side(), me.agentId(), me.agentName(), send.clientMessageId(), send.text(), now);
        em.persist(message);
        locked.sent(message);
        sent.add(message);
        if (attachments.isEmpty()) {
            return new Sent(MessageView.of(message, List.of()), true);
        }
        attachments.forEach(attachment -> attachment.sendWith(message));
        em.flush();
        return new Sent(views.of(em, message), true);
    }

    /** The send's attachments, each locked and checked to be an upload of its sender to this conversation not yet sent. */
    private List<Attachment> attachments(Send send, Conversation conversation) {
        var attachments = new ArrayList<Attachment>();
        for (var attachmentId : send.attachmentIds().stream().distinct().toList()) {
            var attachment = attachmentId == null
                    ? null
                    : em.find(Attachment.class, attachmentId, LockModeType.PESSIMISTIC_WRITE);
            if (attachment == null || !attachment.canBeSentBy(send.by().side(), conversation.id())) {
                throw new Invalid(
                        "invalid",
                        "attachmentIds",
                        "Attachment " + attachmentId
                                + " is not an upload of yours to this conversation waiting to be sent.");
            }
            attachments.add(attachment);
        }
        return attachments;
    }

    /**
     * The conversations among these whose consumer is connected with its company now, the company taking requests: a
     * query per company.
     */
    private Set<Long> writable(Collection<Conversation> conversations) {
        var writable = new HashSet<Long>();
        conversations.stream()
                .collect(Collectors.groupingBy(Conversation::company))
                .forEach((company, ofCompany) -> {
                    var consumers = connections.writableWith(
                            company,
                            ofCompany.stream().map(Conversation::consumer).collect(Collectors.toSet()));
                    ofCompany.stream()
                            .filter(conversation -> consumers.contains(conversation.consumer()))
                            .forEach(conversation -> writable.add(conversation.id()));
                });
        return writable;
    }

    /** What became of one send: the message, or the problem that refused it. */
    public record Outcome(Sent sent, ProblemException refusal) {

        static Outcome of(Sent sent) {
            return new Outcome(sent, null);
        }

        static Outcome refused(ProblemException refusal) {
            return new Outcome(null, refusal);
        }
    }
}
