package de.anliegen.conversation.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.conversation.control.ContentTypes;
import de.anliegen.conversation.control.ConversationAccess;
import de.anliegen.conversation.control.FileNames;
import de.anliegen.conversation.entity.Attachment;
import de.anliegen.conversation.entity.AttachmentContent;
import de.anliegen.conversation.entity.Side;
import de.anliegen.conversation.entity.Status;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Files in conversations: images (JPEG, PNG, GIF, WebP) and PDF, at most 10 MB each, their type checked by their
 * bytes. An upload is seen by its uploader's side only until it is sent with a message; then by both.
 */
@Stateless
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
public class Attachments {

    public static final int MOST_BYTES = 10 * 1024 * 1024;
    /** Uploads of one side of a conversation waiting for their message, at most, within {@link #WAITING_KEPT}. */
    public static final int MOST_WAITING = 20;
    /** How long an upload waits for its message: an older one no longer counts, and the night deletes it. */
    public static final Duration WAITING_KEPT = Duration.ofDays(1);

    /** The type of bytes whose type the client does not say. */
    public static final String UNDECLARED = "application/octet-stream";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConversationAccess access;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Keeps an upload for a message to come; {@code declaredType} must be what the bytes are. */
    public AttachmentView upload(ConversationId id, String declaredType, String fileName, byte[] content) {
        var me = access.me();
        access.requireUnrestricted(me);
        // under the conversation's lock: uploads at once count each other's, and stay within MOST_WAITING
        var conversation = access.requireForUpdate(me, id.value());
        if (conversation.status() == Status.CLOSED) {
            throw new Conflict("conversation-closed", "This request is closed; open a new one.");
        }
        // a file that could never be sent is refused now, not at its message
        access.requireWritable(me, conversation);
        if (content.length == 0) {
            throw new Invalid("invalid", "file", "The file is empty.");
        }
        if (content.length > MOST_BYTES) {
            throw new Invalid("attachment-too-large", "file", "An attachment is at most 10 MB.");
        }
        var waiting = em.createNamedQuery(Attachment.COUNT_WAITING, Long.class)
                .setParameter("conversation", conversation.id())
                .setParameter("side", me.side())
                .setParameter("since", clock.instant().minus(WAITING_KEPT))
                .getSingleResult();
        if (waiting >= MOST_WAITING) {
            throw new Conflict(
                    "too-many-uploads", "Send the files uploaded already with a message before uploading more.");
        }
        var actual = ContentTypes.sniff(content)
                .orElseThrow(() -> new UnsupportedAttachment("Send an image (JPEG, PNG, GIF, WebP) or a PDF."));
        var declared =
                declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        // a client that does not say what the file is (no type, or a generated one's octet-stream) has it judged by its
        // bytes
        if (!declared.isEmpty() && !declared.equals(UNDECLARED) && !actual.equals(declared)) {
            throw new UnsupportedAttachment("The file is " + actual + ", not " + declared + " as its type says.");
        }
        var attachment = new Attachment(
                conversation.id(),
                me.side(),
                FileNames.of(fileName, actual),
                actual,
                content.length,
                sha256(content),
                clock.instant());
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.id(), content));
        return AttachmentView.of(attachment);
    }

    public static final String READ = "attachment.read";

    public AttachmentFile download(ConversationId id, AttachmentId attachmentId) {
        var me = access.me();
        var conversation = access.require(me, id.value());
        var attachment = em.find(Attachment.class, attachmentId.value());
        if (attachment == null
                || !attachment.conversationId().equals(conversation.id())
                || !attachment.isVisibleTo(me.side())) {
            throw new NotFound("There is no attachment " + attachmentId.value() + " in this conversation.");
        }
        if (me.side() == Side.COMPANY) {
            audit.recordAccess(Audited.serviceAccess(
                    READ, new ConsumerId(conversation.consumerId()), "attachment:" + attachment.id()));
        }
        var content = em.find(AttachmentContent.class, attachment.id());
        return new AttachmentFile(AttachmentView.of(attachment), content.content());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
