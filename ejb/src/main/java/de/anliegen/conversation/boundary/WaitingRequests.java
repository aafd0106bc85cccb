package de.anliegen.conversation.boundary;

import de.anliegen.conversation.entity.Conversation;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.StaffAccountId;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Requests whose consumer waits for the company, for the mail that tells the assigned agent while no one of the
 * company is in the portal: which await it, and each claimed by one node alone, in a transaction of its own and
 * never while the mail goes out (a send waits for the request's lock).
 */
@Stateless
@PermitAll
public class WaitingRequests {

    @PersistenceContext
    EntityManager em;

    /** The company's requests that await the mail, a consumer's unread message among them sent before then. */
    public List<ConversationId> awaitingAwayMail(CompanyId company, Instant before) {
        return em.createNamedQuery(Conversation.AWAITING_AWAY_MAIL, Long.class)
                .setParameter("company", company.value())
                .setParameter("before", before)
                .getResultStream()
                .map(ConversationId::new)
                .toList();
    }

    /** Claims the request for the mail, if it still awaits one (another node may have claimed it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AwayMailClaim> claimAwayMail(ConversationId conversationId) {
        var conversation = em.find(Conversation.class, conversationId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || !conversation.awaitsAwayMail()) {
            return Optional.empty();
        }
        var before = conversation.awayMailed();
        return Optional.of(new AwayMailClaim(
                conversationId, new StaffAccountId(conversation.assignedAgentId()), before, conversation.lastSeq()));
    }

    /** The claimed mail could not go out: the request awaits it again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void awayMailFailed(AwayMailClaim claim) {
        var conversation = em.find(Conversation.class, claim.conversationId().value(), LockModeType.PESSIMISTIC_WRITE);
        if (conversation != null) {
            conversation.awayMailFailed(claim.before(), claim.mailed());
        }
    }

    /** A request claimed for the mail to its assigned agent; {@code before} and {@code mailed} undo the claim. */
    public record AwayMailClaim(ConversationId conversationId, StaffAccountId agent, long before, long mailed) {}
}
