package de.anliegen.conversation.control;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Side;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.boundary.Forbidden;
import de.anliegen.platform.boundary.NotFound;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * Who is calling, and the conversations they may touch. A conversation that is not theirs does not exist for them:
 * the answer is the same 404 as for an id that was never given out.
 */
public final class ConversationAccess {

    public static final String READ = "conversation.read";

    private ConversationAccess() {}

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

    public static Conversation require(EntityManager em, Participant participant, long id) {
        var conversation = em.find(Conversation.class, id);
        if (conversation == null || !participant.sees(conversation)) {
            throw new NotFound("There is no conversation " + id + ".");
        }
        return conversation;
    }

    /**
     * As {@link #require}; when a company's staff read it, that is an access to the consumer's data and goes into the
     * audit trail (once per reader and {@link AuditTrail#ACCESS_WINDOW}).
     */
    public static Conversation read(EntityManager em, Participant participant, long id, AuditTrail audit) {
        var conversation = require(em, participant, id);
        if (participant.side() == Side.COMPANY) {
            audit.recordAccess(Audited.serviceAccess(
                    READ, new ConsumerId(conversation.consumerId()), "conversation:" + conversation.id()));
        }
        return conversation;
    }

    /** As {@link #require}, then locked and read afresh: for changes that number messages or move markers. */
    public static Conversation requireForUpdate(EntityManager em, Participant participant, long id) {
        var conversation = require(em, participant, id);
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        return conversation;
    }
}
