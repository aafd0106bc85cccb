package de.anliegen.conversation.boundary;

import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Requests whose consumer waits for the company, for the mail that tells the assigned agent while no one of the
 * company is in the portal: which await it, and each claimed by one node alone, in a transaction of its own and
 * never while the mail goes out (a send waits for the request's lock).
 */
@Stateless
@PermitAll
// run on the away mails' timer, without a caller: the requests are looked at as the company's agents would see them
@RunAs(Roles.AGENT)
public class WaitingRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Connections connections;

    @Inject
    ConsumerContacts contacts;

    /**
     * The company's requests that await the mail, a consumer's unread message among them sent before then. Not those
     * no one of the company can open: their consumer disconnected, or had the processing of their data restricted.
     */
    public List<ConversationId> awaitingAwayMail(CompanyId company, Instant before) {
        var waiting = em.createNamedQuery(Conversation.AWAITING_AWAY_MAIL, Object[].class)
                .setParameter("company", company.value())
                .setParameter("before", before)
                .getResultList();
        var consumers =
                waiting.stream().map(row -> new ConsumerId((Long) row[1])).collect(Collectors.toSet());
        var readable = contacts.unrestricted(connections.connectedWith(company, consumers))
                .keySet();
        return waiting.stream()
                .filter(row -> readable.contains(new ConsumerId((Long) row[1])))
                .map(row -> new ConversationId((Long) row[0]))
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
