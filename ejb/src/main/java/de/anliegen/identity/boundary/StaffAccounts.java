package de.anliegen.identity.boundary;

import de.anliegen.identity.control.PasswordHashing;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.boundary.Conflict;
import de.anliegen.platform.boundary.Invalid;
import de.anliegen.platform.boundary.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The accounts of the people who work in the portal. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class StaffAccounts {

    private static final Set<String> STAFF_ROLES =
            Set.of(Roles.AGENT, Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public StaffAccountView open(NewStaffAccount command) {
        var email = command.email().trim().toLowerCase(Locale.ROOT);
        if (command.roles().isEmpty() || !STAFF_ROLES.containsAll(command.roles())) {
            throw new Invalid("a staff account needs one or more of the roles " + STAFF_ROLES);
        }
        if (find(email).isPresent()) {
            throw new Conflict("there is already a staff account for " + email);
        }
        var account = new StaffAccount(
                email,
                command.displayName(),
                passwords.hash(command.password()),
                command.companyId(),
                command.roles(),
                clock.instant());
        em.persist(account);
        return StaffAccountView.of(account);
    }

    /**
     * The active account whose password this is, or empty. Takes as long when there is no such account, so that the
     * answer's timing does not tell which addresses have accounts.
     */
    @PermitAll
    public Optional<StaffAccountView> authenticate(String email, char[] password) {
        var account = find(email.trim().toLowerCase(Locale.ROOT));
        if (account.isEmpty()) {
            passwords.matches(password, passwords.unusable());
            return Optional.empty();
        }
        var verified = passwords.matches(password, account.get().passwordHash())
                && account.get().isActive();
        return verified ? account.map(StaffAccountView::of) : Optional.empty();
    }

    /** The signed-in staff member's own account. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER})
    public StaffAccountView current() {
        var email = session.getCallerPrincipal().getName();
        return find(email).map(StaffAccountView::of).orElseThrow(() -> new NotFound("no staff account " + email));
    }

    /** An active account of the caller's own company, by id; empty for anyone else's. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public Optional<StaffAccountView> colleague(long id) {
        var me = current();
        return Optional.ofNullable(em.find(StaffAccount.class, id))
                .filter(StaffAccount::isActive)
                .filter(account -> me.companyId() != null && me.companyId().equals(account.companyId()))
                .map(StaffAccountView::of);
    }

    /** The active accounts of the caller's own company, by name: whom a request can be assigned to. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public List<StaffAccountView> colleagues() {
        var me = current();
        if (me.companyId() == null) {
            return List.of();
        }
        return em.createNamedQuery(StaffAccount.ACTIVE_OF_COMPANY, StaffAccount.class)
                .setParameter("company", me.companyId())
                .getResultStream()
                .map(StaffAccountView::of)
                .toList();
    }

    /** An active staff account, for the sockets of agents' clients (which authenticated the caller themselves). */
    @PermitAll
    public Optional<StaffAccountView> active(String email) {
        return find(email.trim().toLowerCase(Locale.ROOT))
                .filter(StaffAccount::isActive)
                .map(StaffAccountView::of);
    }

    public Optional<StaffAccountView> byEmail(String email) {
        return find(email.trim().toLowerCase(Locale.ROOT)).map(StaffAccountView::of);
    }

    private Optional<StaffAccount> find(String normalisedEmail) {
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", normalisedEmail)
                .getResultStream()
                .findFirst();
    }
}
