package de.anliegen.conversation.control;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.NotFound;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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

    // an EJB reference, not a CDI injection: identity's boundaries reach conversations in turn
    @EJB
    ConsumerContacts contacts;

    public static Participant me(SessionContext session, StaffAccounts staffAccounts) {
        if (session.isCallerInRole(Roles.CONSUMER)) {
            return Participant.consumer(
                    ConsumerId.ofPrincipalName(session.getCallerPrincipal().getName()));
        }
        return agent(staffAccounts.current());
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
            throw new Forbidden(
                    "consumer-restricted",
                    "The data protection officer has restricted the processing of this consumer's data: the"
                            + " conversation cannot be opened meanwhile.");
        }
    }

    /** A consumer whose data is restricted sends nothing new until the restriction is lifted. */
    public void requireUnrestricted(Participant participant) {
        if (participant.side() == Side.CONSUMER && contacts.isRestricted(new ConsumerId(participant.consumerId()))) {
            throw new Forbidden(
                    "account-restricted",
                    "Your account is restricted at your request to our data protection officer: you can read and"
                            + " export your data, but not send anything until the restriction is lifted.");
        }
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
     * As {@link #requireForUpdate}, with the message the client sent earlier under this id, if any, in the same
     * statement: what a send needs before it numbers its message.
     */
    public Locked requireForSend(Participant participant, long id, String clientMessageId) {
        var found = em.createNamedQuery(Message.LOCK_WITH_EARLIER, Object[].class)
                .setParameter("conversation", id)
                .setParameter("clientMessageId", clientMessageId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        var conversation =
                checked(participant, found.map(row -> (Conversation) row[0]).orElse(null), id);
        return new Locked(conversation, found.map(row -> (Message) row[1]));
    }

    /** A conversation locked for a send, and the message its client sent earlier under the same id. */
    public record Locked(Conversation conversation, Optional<Message> earlier) {}

    private Conversation checked(Participant participant, Conversation conversation, long id) {
        if (conversation == null || !participant.sees(conversation)) {
            throw new NotFound("There is no conversation " + id + ".");
        }
        requireNotRestricted(participant, conversation);
        return conversation;
    }
}
