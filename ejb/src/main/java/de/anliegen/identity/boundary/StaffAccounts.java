package de.anliegen.identity.boundary;

import de.anliegen.identity.control.PasswordHashing;
import de.anliegen.identity.control.StaffSignIn;
import de.anliegen.identity.control.TotpSecrets;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The accounts of the people who work in the portal. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    StaffSignIn signIn;

    @Inject
    Settings settings;

    @Inject
    TotpSecrets totpSecrets;

    @Inject
    CompanyStanding companies;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    public StaffAccountView open(NewStaffAccount command) {
        var email = command.email().trim().toLowerCase(Locale.ROOT);
        if (command.roles().isEmpty() || !Roles.STAFF.containsAll(command.roles())) {
            throw new Invalid("a staff account needs one or more of the roles " + Roles.STAFF);
        }
        if (find(email).isPresent()) {
            throw new Conflict("there is already a staff account for " + email);
        }
        var account = new StaffAccount(
                email,
                command.displayName(),
                passwords.hash(command.password()),
                command.company(),
                command.roles(),
                clock.instant());
        em.persist(account);
        return StaffAccountView.of(account);
    }

    /**
     * Signs a staff member in to the portal: the active account whose password this is. Failed attempts count per
     * address and IP address ({@link WrongCredentials}, then {@code TooManyRequests}); the staff of a suspended
     * company are refused.
     */
    @PermitAll
    public PortalSignIn signIn(String email, char[] password, String ipAddress) {
        var account = signIn.verify(em, email, password, ipAddress, clock.instant());
        requireParticipating(account);
        if (account.isTotpEnabled()) {
            throw new SecondFactorRequired();
        }
        return PortalSignIn.of(account);
    }

    /**
     * The second step of a sign-in with two factors: the code of the authenticator app, for the account whose
     * password was right moments ago (the portal keeps that in its session). Wrong codes count as failed sign-ins.
     */
    @PermitAll
    public PortalSignIn signInWithCode(String email, String code, String ipAddress) {
        var now = clock.instant();
        var account = signIn.verifyCode(em, email, code, ipAddress, now);
        requireParticipating(account);
        return PortalSignIn.of(account);
    }

    /**
     * The account of a portal sign-in made at {@code signedInAt}, while it holds: no longer ago than a sign-in lasts
     * (ANLIEGEN_STAFF_SESSION_HOURS), the account is active, its password has not changed since, and its company is
     * not suspended.
     */
    @PermitAll
    public Optional<PortalSignIn> stillSignedIn(String email, Instant signedInAt) {
        return holding(email, signedInAt).map(PortalSignIn::of);
    }

    /**
     * A portal request, or an inbox page's live channel opening, of a sign-in: its account as {@link #stillSignedIn}
     * has it, and whoever it is is in the portal now (noted at most once a minute, for the mails sent while no one is).
     */
    @PermitAll
    public Optional<PortalSignIn> hereWhileSignedIn(String email, Instant signedInAt) {
        return holding(email, signedInAt).map(account -> {
            account.seen(clock.instant());
            return PortalSignIn.of(account);
        });
    }

    /** These staff members have an inbox page open (its live channel), so they are in the portal. */
    @PermitAll
    public void inThePortal(Collection<String> emails) {
        if (emails.isEmpty()) {
            return;
        }
        var now = clock.instant();
        em.createNamedQuery(StaffAccount.SEEN)
                .setParameter("emails", emails)
                .setParameter("now", now)
                .setParameter("stale", now.minus(StaffAccount.SEEN_EVERY))
                .executeUpdate();
    }

    /** Whether anyone of the company's active staff was in the portal since then (to the minute). */
    @PermitAll
    public boolean anyoneInSince(CompanyId company, Instant since) {
        return em.createNamedQuery(StaffAccount.COUNT_IN_SINCE, Long.class)
                        .setParameter("company", company.value())
                        .setParameter("since", since)
                        .getSingleResult()
                > 0;
    }

    /** The account, if it is active and of this company. */
    @PermitAll
    public Optional<StaffAccountView> activeOf(CompanyId company, StaffAccountId id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id.value()))
                .filter(account -> account.isActive() && account.company().equals(Optional.of(company)))
                .map(StaffAccountView::of);
    }

    /**
     * Dev mode's demo accounts that must use two factors get a known secret, printed with their logins, so that a
     * newcomer can add it to an authenticator app. Refused in production.
     */
    public void useDemoTotp(String email, String secret) {
        if (!settings.isDev()) {
            throw new Forbidden("Only dev mode's demo accounts get a known secret.");
        }
        find(email.trim().toLowerCase(Locale.ROOT))
                .filter(account -> !account.isTotpEnabled())
                .ifPresent(account -> {
                    account.prepareTotp(totpSecrets.seal(account, secret));
                    account.enableTotp(0, clock.instant());
                });
    }

    private void requireParticipating(StaffAccount account) {
        if (account.company().filter(companies::isSuspended).isPresent()) {
            throw new Forbidden("company-suspended", "Your company's use of Anliegen is suspended.");
        }
    }

    /** The signed-in staff member's own account. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER})
    public StaffAccountView current() {
        return caller.staff();
    }

    /**
     * An active account of the caller's own company, by id; empty for anyone else's, and for someone invited who has
     * not yet chosen a password (they cannot work a request).
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public Optional<StaffAccountView> colleague(StaffAccountId id) {
        var me = current();
        return Optional.ofNullable(em.find(StaffAccount.class, id.value()))
                .filter(StaffAccount::isActive)
                .filter(account -> !account.isInvitationPending())
                .filter(account -> me.companyId() != null && me.companyId().equals(account.companyId()))
                .map(StaffAccountView::of);
    }

    /**
     * The active accounts of the caller's own company, by name: whom a request can be assigned to (not those invited
     * who have not yet chosen a password).
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public List<StaffAccountView> colleagues() {
        var me = current();
        if (me.companyId() == null) {
            return List.of();
        }
        return em.createNamedQuery(StaffAccount.ACTIVE_OF_COMPANY, StaffAccount.class)
                .setParameter("company", me.companyId())
                .getResultStream()
                .filter(account -> !account.isInvitationPending())
                .map(StaffAccountView::of)
                .toList();
    }

    /**
     * The staff accounts behind these ids, active or not: who did what in the audit trail, for the data protection
     * officer and for a consumer's own data record.
     */
    @RolesAllowed({Roles.DATA_PROTECTION_OFFICER, Roles.CONSUMER})
    public Map<StaffAccountId, StaffAccountView> described(Collection<StaffAccountId> ids) {
        var described = new HashMap<StaffAccountId, StaffAccountView>();
        for (var id : Set.copyOf(ids)) {
            Optional.ofNullable(em.find(StaffAccount.class, id.value()))
                    .ifPresent(account -> described.put(id, StaffAccountView.of(account)));
        }
        return described;
    }

    /** An active staff account, for the sockets of agents' clients (which authenticated the caller themselves). */
    @PermitAll
    public Optional<StaffAccountView> active(String email) {
        return find(email.trim().toLowerCase(Locale.ROOT))
                .filter(StaffAccount::isActive)
                .map(StaffAccountView::of);
    }

    /** The id of the account with this address, active or not: for records written after the request. */
    @PermitAll
    public Optional<StaffAccountId> idOf(String email) {
        return find(email.trim().toLowerCase(Locale.ROOT)).map(StaffAccount::accountId);
    }

    public Optional<StaffAccountView> byEmail(String email) {
        return find(email.trim().toLowerCase(Locale.ROOT)).map(StaffAccountView::of);
    }

    private Optional<StaffAccount> holding(String email, Instant signedInAt) {
        var lasts = Duration.ofHours(settings.getInt(Setting.STAFF_SESSION_HOURS));
        if (!clock.instant().isBefore(signedInAt.plus(lasts))) {
            return Optional.empty();
        }
        return find(email)
                .filter(account -> account.holdsSignInFrom(signedInAt))
                .filter(account ->
                        account.company().filter(companies::isSuspended).isEmpty());
    }

    private Optional<StaffAccount> find(String normalisedEmail) {
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", normalisedEmail)
                .getResultStream()
                .findFirst();
    }
}
