package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.Unauthenticated;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who is calling: the one place that asks the container. A consumer calls with their access token, staff through the
 * portal or with a staff token; the server's own work (timers, the sequencer, the demo data) calls as nobody, also where
 * it runs with a role. API resources, boundaries and the audit trail all learn the caller here, so the identity an EJB
 * call carries (the resource's caller, or a bean's run-as role) is the one every component sees.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Caller {

    private static final String NOBODY = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The server's own work, or a request nobody signed in to. */
    public boolean isNobody() {
        return NOBODY.equals(session.getCallerPrincipal().getName());
    }

    public boolean isConsumer() {
        return !isNobody() && session.isCallerInRole(Roles.CONSUMER);
    }

    /** A staff member in any of their roles. */
    public boolean isStaff() {
        return !isNobody() && Roles.STAFF.stream().anyMatch(session::isCallerInRole);
    }

    /** The signed-in consumer; anyone else is told to sign in first. */
    public ConsumerId consumer() {
        return consumerIfAny()
                .orElseThrow(() -> new Unauthenticated("unauthenticated", "Sign in first: send a valid access token."));
    }

    /** The consumer calling, or empty for staff and the server's own work: one question where both are possible. */
    public Optional<ConsumerId> consumerIfAny() {
        return isConsumer()
                ? Optional.of(
                        ConsumerId.ofPrincipalName(session.getCallerPrincipal().getName()))
                : Optional.empty();
    }

    /** The signed-in staff member's own account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public StaffAccountView staff() {
        if (isNobody()) {
            throw new Unauthenticated("unauthenticated", "Sign in first.");
        }
        if (!isStaff()) {
            throw new Forbidden("Only the staff of the portal have a staff account.");
        }
        var email = session.getCallerPrincipal().getName();
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .map(StaffAccountView::of)
                .orElseThrow(() -> new NotFound("no staff account " + email));
    }
}
