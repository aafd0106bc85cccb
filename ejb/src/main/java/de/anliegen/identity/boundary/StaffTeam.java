package de.anliegen.identity.boundary;

import de.anliegen.identity.control.PasswordHashing;
import de.anliegen.identity.control.StaffMails;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The people who work in the portal, as their admins manage them. A company admin invites, deactivates and resets
 * the accounts of their own company; a platform admin invites the platform's staff (admins, data protection officers)
 * and a company's first admin, and looks after every account. No one changes their own account here, so that no admin locks themselves out.
 */
@Stateless
@RolesAllowed({Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN})
public class StaffTeam {

    private static final Set<String> COMPANY_ROLES = Set.of(Roles.AGENT, Roles.COMPANY_ADMIN);
    private static final Set<String> PLATFORM_ROLES = Set.of(Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER);

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    StaffMails mails;

    @Inject
    CompanyStanding companies;

    @Inject
    Clock clock;

    @Inject
    Event<StaffSignInsEnded> signInsEnded;

    /** Creates the account and mails the invitation; the person chooses their password from its link. */
    public StaffMember invite(Invitation invitation) {
        var me = staffAccounts.current();
        var company = companyOf(invitation, me);
        var allowed = company.isEmpty() ? PLATFORM_ROLES : COMPANY_ROLES;
        if (invitation.roles() == null || invitation.roles().isEmpty() || !allowed.containsAll(invitation.roles())) {
            throw new Invalid("invalid-roles", "roles", "Choose one or more of " + allowed + ".");
        }
        var email = invitation.email() == null ? "" : invitation.email().strip().toLowerCase(Locale.ROOT);
        if (!PersonDetails.isEmail(email)) {
            throw new Invalid("invalid-email", "email", "This is not an e-mail address.");
        }
        var name =
                invitation.displayName() == null ? "" : invitation.displayName().strip();
        if (!PersonDetails.isName(name)) {
            throw new Invalid(
                    "invalid",
                    "displayName",
                    "A name of 1 to " + PersonDetails.MOST_NAME + " characters and no control characters, please.");
        }
        var now = clock.instant();
        var existing = em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            // invited again while the first invitation waits: a fresh link, with the name and roles given now
            var account = existing.get();
            var again = account.company().equals(company) && account.renewInvitation(name, invitation.roles());
            if (!again) {
                throw new Conflict("staff-email-taken", "There is already a staff account for " + email + ".");
            }
            mails.invite(em, account, me.displayName(), now);
            return StaffMember.of(account);
        }
        var account =
                StaffAccount.invited(email, name, passwords.unusable(), company.orElse(null), invitation.roles(), now);
        em.persist(account);
        em.flush();
        mails.invite(em, account, me.displayName(), now);
        return StaffMember.of(account);
    }

    /** The accounts of the caller's company (company admins) or of the platform (platform admins), by name. */
    public List<StaffMember> members() {
        var me = staffAccounts.current();
        var query = isCompanyAdmin(me)
                ? em.createNamedQuery(StaffAccount.OF_COMPANY, StaffAccount.class)
                        .setParameter("company", me.companyId())
                : em.createNamedQuery(StaffAccount.OF_PLATFORM, StaffAccount.class);
        return query.getResultStream().map(StaffMember::of).toList();
    }

    /** The accounts of a company, for the platform admins who onboard it. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<StaffMember> membersOf(CompanyId company) {
        return em.createNamedQuery(StaffAccount.OF_COMPANY, StaffAccount.class)
                .setParameter("company", company.value())
                .getResultStream()
                .map(StaffMember::of)
                .toList();
    }

    /** The account can no longer sign in; its portal sessions, API tokens and open sockets end at once. */
    public StaffMember deactivate(StaffAccountId id) {
        var account = administered(id);
        account.deactivate(clock.instant());
        signInsEnded.fire(new StaffSignInsEnded());
        return StaffMember.of(account);
    }

    /**
     * A suspended company's staff: every portal session, remembered browser, API token and open socket of theirs ends
     * at once, and stays ended when the company is resumed (they sign in again).
     */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public void endSignInsOf(CompanyId company) {
        em.createNamedQuery(StaffAccount.END_SIGN_INS_OF_COMPANY)
                .setParameter("company", company.value())
                .setParameter("now", clock.instant())
                .executeUpdate();
        signInsEnded.fire(new StaffSignInsEnded());
    }

    public StaffMember reactivate(StaffAccountId id) {
        var account = administered(id);
        account.reactivate();
        return StaffMember.of(account);
    }

    /**
     * Resets the password: the old one stops working, every sign-in ends, and the person gets a mail with a link to
     * choose a new one (or, while the invitation waits, the invitation again). Without the mail nothing of it happens
     * ({@link de.anliegen.platform.problems.Unavailable}, rolled back): the admin learns it, and the colleague keeps
     * the password they have rather than being locked out with no link to choose another.
     */
    public StaffMember resetPassword(StaffAccountId id) {
        var account = administered(id);
        var now = clock.instant();
        if (!account.isActive()) {
            throw new Conflict("staff-inactive", "Reactivate the account first.");
        }
        account.forgetPassword(passwords.unusable(), now);
        signInsEnded.fire(new StaffSignInsEnded());
        if (account.isInvitationPending()) {
            mails.invite(em, account, staffAccounts.current().displayName(), now);
        } else {
            mails.reset(em, account, now);
        }
        return StaffMember.of(account);
    }

    private Optional<CompanyId> companyOf(Invitation invitation, StaffAccountView me) {
        if (isCompanyAdmin(me)) {
            return Optional.of(new CompanyId(me.companyId()));
        }
        var company = Optional.ofNullable(invitation.company());
        if (company.isPresent() && !companies.exists(company.get())) {
            throw new NotFound("There is no company " + company.get().value() + ".");
        }
        return company;
    }

    /** An account the caller administers, other than their own; anyone else's is not found. */
    private StaffAccount administered(StaffAccountId id) {
        var me = staffAccounts.current();
        var account = em.find(StaffAccount.class, id.value());
        // platform admins look after every account, also a company's when its own admins cannot
        var mine = account != null && (!isCompanyAdmin(me) || me.companyId().equals(account.companyId()));
        if (!mine) {
            throw new NotFound("There is no staff account " + id.value() + " of yours.");
        }
        if (account.id() == me.id()) {
            throw new Forbidden("own-account", "You cannot change your own account here.");
        }
        return account;
    }

    private static boolean isCompanyAdmin(StaffAccountView me) {
        return me.companyId() != null && me.roles().contains(Roles.COMPANY_ADMIN);
    }
}
