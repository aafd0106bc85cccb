package de.anliegen.conversation.boundary;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyView;
import de.anliegen.conversation.control.FileNames;
import de.anliegen.conversation.control.RequestTags;
import de.anliegen.conversation.control.SequencerPause;
import de.anliegen.conversation.control.StreamWithdrawal;
import de.anliegen.conversation.entity.Attachment;
import de.anliegen.conversation.entity.AttachmentContent;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.InternalNote;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.PersonalData;
import de.anliegen.platform.export.ExportFiles;
import de.anliegen.platform.export.ExportWriter;
import de.anliegen.platform.export.ExportWriter.Worded;
import de.anliegen.privacy.boundary.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * A consumer's service requests: conversations, every message, attachments (as files) and the notes companies kept on
 * them. Messages are read a page at a time, so that a consumer with 100,000 of them exports in bounded memory. Erasure
 * deletes the conversations with everything in them (ADR 0006: free text cannot be anonymised).
 */
@ApplicationScoped
public class ConversationData implements PersonalData {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SequencerPause sequencerPause;

    @Inject
    RequestTags requestTags;

    @Inject
    StreamWithdrawal withdrawal;

    @EJB
    Companies companies;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void export(ConsumerId consumer, ExportWriter writer) {
        var conversations = conversations(consumer);
        var tags = requestTags.ofConversations(
                conversations.stream().map(Conversation::id).toList());
        writer.startSection("conversations");
        conversations.forEach(c -> writer.item(
                "id", c.id(),
                "company", companyName(c.companyId()),
                "subject", c.subject(),
                "status", worded("status.", c.status()),
                "openedAt", c.createdAt(),
                "resolvedAt", c.resolvedAt(),
                "closedAt", c.closedAt(),
                "rating", c.rating() == null ? null : c.rating().longValue(),
                "ratingComment", c.ratingComment(),
                // the company's own labels on the request, as the internal notes below
                "priority", worded("priority.", c.priority()),
                "tags", String.join(", ", tags.getOrDefault(c.id(), List.of())),
                // what the company's staff see of the wait: when a first answer is due, when it came, since when
                "firstResponseDueAt", c.firstResponseDueAt(),
                "firstResponseAt", c.firstResponseAt(),
                "waitingSince", c.waitingSince()));
        writer.endSection();
        var ids = conversations.stream().map(Conversation::id).toList();
        writer.startSection("messages");
        for (var id : ids) {
            Pages.each(
                    em,
                    PAGE,
                    after -> em.createNamedQuery(Message.PAGE_AFTER, Message.class)
                            .setParameter("conversation", id)
                            .setParameter("after", after)
                            .setMaxResults(PAGE)
                            .getResultList(),
                    Message::seq,
                    message -> writer.item(
                            "conversationId", id,
                            "seq", message.seq(),
                            "from", worded("from.", message.author()),
                            "agent", message.agentName(),
                            "text", message.body(),
                            "sentAt", message.sentAt()));
        }
        writer.endSection();
        writer.startSection("attachments");
        for (var id : ids) {
            attachments(id)
                    .forEach(a -> writer.item(
                            "conversationId", id,
                            "file", fileName(a),
                            "contentType", a.contentType(),
                            "bytes", a.sizeBytes(),
                            "from", worded("from.", a.uploadedBy()),
                            "uploadedAt", a.uploadedAt()));
        }
        writer.endSection();
        writer.startSection("internalNotes");
        for (var id : ids) {
            em.createNamedQuery(InternalNote.OF_CONVERSATION, InternalNote.class)
                    .setParameter("conversation", id)
                    .getResultStream()
                    .forEach(note -> writer.item(
                            "conversationId", id,
                            "agent", note.agentName(),
                            "text", note.body(),
                            "writtenAt", note.createdAt()));
        }
        writer.endSection();
    }

    @Override
    public void exportFiles(ConsumerId consumer, ExportFiles files) {
        for (var conversation : conversations(consumer)) {
            for (var attachment : attachments(conversation.id())) {
                var content = em.find(AttachmentContent.class, attachment.id());
                if (content != null) {
                    files.add(fileName(attachment), content.content());
                    em.detach(content);
                }
            }
        }
    }

    @Override
    public void erase(ConsumerId consumer) {
        // no batch of the sequencer can write events of these conversations until the commit: the events have no
        // foreign key to them (ADR 28), so they are deleted here, in both streams
        sequencerPause.untilCommit();
        em.createNamedQuery(StreamEvent.DELETE_OF_CONSUMER)
                .setParameter("consumer", consumer.value())
                .executeUpdate();
        // messages, attachments and notes go with their conversation (ON DELETE CASCADE)
        var erased = conversations(consumer);
        erased.forEach(em::remove);
        em.flush();
        // the inbox rows and threads that agents have open show the person until their pages hear of it
        withdrawal.tellOpenPages(erased);
    }

    private List<Conversation> conversations(ConsumerId consumer) {
        return em.createNamedQuery(Conversation.OF_CONSUMER, Conversation.class)
                .setParameter("consumer", consumer.value())
                .getResultList();
    }

    /**
     * The conversation's files that are the consumer's to have: those sent, and their own uploads not sent yet. An
     * agent's upload is the company's until it goes with a message (as for downloads).
     */
    private List<Attachment> attachments(long conversation) {
        return em.createNamedQuery(Attachment.OF_CONVERSATION, Attachment.class)
                .setParameter("conversation", conversation)
                .getResultStream()
                .filter(attachment -> attachment.isVisibleTo(Side.CONSUMER))
                .toList();
    }

    /**
     * A value's code for data.json ({@code waiting_for_consumer}), and words for it in the report: the person reads
     * their own language there, never an internal code.
     */
    private static Worded worded(String kind, Enum<?> value) {
        var code = value.name().toLowerCase(Locale.ROOT);
        return new Worded(code, kind + code);
    }

    private static String fileName(Attachment attachment) {
        return "attachments/" + attachment.conversationId() + "/" + attachment.id() + "-"
                + FileNames.of(attachment.fileName(), attachment.contentType());
    }

    private String companyName(long companyId) {
        return companies.byId(new CompanyId(companyId)).map(CompanyView::name).orElse("#" + companyId);
    }
}
