package de.anliegen.identity.entity;

import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.StaffAccountId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A person who works in the portal: an agent or admin of a company, a platform admin, or the data protection officer. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.ACTIVE_OF_COMPANY, query = """
        select a from StaffAccount a where a.companyId = :company and a.active = true order by a.displayName, a.id""")
@NamedQuery(name = StaffAccount.OF_COMPANY, query = """
        select a from StaffAccount a where a.companyId = :company order by a.displayName, a.id""")
@NamedQuery(name = StaffAccount.OF_PLATFORM, query = """
        select a from StaffAccount a where a.companyId is null order by a.displayName, a.id""")
@NamedQuery(name = StaffAccount.BY_EMAIL, query = """
        select s from StaffAccount s where s.email = :email""")
@NamedQuery(name = StaffAccount.WITH_TOTP_SECRET, query = """
        select a from StaffAccount a where a.totpSecret is not null order by a.id""")
@NamedQuery(name = StaffAccount.END_SIGN_INS_OF_COMPANY, query = """
        update StaffAccount a set a.sessionsValidFrom = :now where a.companyId = :company""")
@NamedQuery(name = StaffAccount.SEEN, query = """
        update StaffAccount a set a.lastSeenAt = :now
        where a.email in :emails and (a.lastSeenAt is null or a.lastSeenAt < :stale)""")
@NamedQuery(name = StaffAccount.COUNT_IN_SINCE, query = """
        select count(a) from StaffAccount a
        where a.companyId = :company and a.active = true and a.lastSeenAt >= :since""")
public class StaffAccount {

    public static final String BY_EMAIL = "StaffAccount.byEmail";
    public static final String END_SIGN_INS_OF_COMPANY = "StaffAccount.endSignInsOfCompany";
    public static final String ACTIVE_OF_COMPANY = "StaffAccount.activeOfCompany";
    public static final String OF_COMPANY = "StaffAccount.ofCompany";
    public static final String OF_PLATFORM = "StaffAccount.ofPlatform";
    public static final String WITH_TOTP_SECRET = "StaffAccount.withTotpSecret";
    public static final String SEEN = "StaffAccount.seen";
    public static final String COUNT_IN_SINCE = "StaffAccount.countInSince";
    /** How often that someone is in the portal is written down: at most once a minute. */
    public static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    /** The company the account works for; none for platform staff. An id, since companies are another component. */
    @Column(name = "company_id")
    private Long companyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "staff_account_id"))
    @Column(name = "role", nullable = false, length = 40)
    private Set<String> roles = new TreeSet<>();

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the person chose their password; null while their invitation waits. */
    @Column(name = "password_set_at")
    private Instant passwordSetAt;

    /** Sign-ins from before this moment (portal sessions, API tokens) are over. */
    @Column(name = "sessions_valid_from", nullable = false)
    private Instant sessionsValidFrom;

    /**
     * The TOTP secret, sealed with a key outside the database (TotpKeys): being set up while {@code totpEnabledAt} is
     * null, in use after.
     */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The time step of the last code used, so that no code counts twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** When they were last in the portal (a page, or an inbox page open), to the minute; null: never since V28. */
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected StaffAccount() {}

    /** They are in the portal now: written down if the last time is a minute ago or more. */
    public void seen(Instant now) {
        if (lastSeenAt == null || !lastSeenAt.isAfter(now.minus(SEEN_EVERY))) {
            lastSeenAt = now;
        }
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public StaffAccount(
            String email,
            String displayName,
            String passwordHash,
            CompanyId company,
            Set<String> roles,
            Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.companyId = company == null ? null : company.value();
        this.roles.addAll(roles);
        this.active = true;
        this.createdAt = createdAt;
        this.passwordSetAt = createdAt;
        this.sessionsValidFrom = createdAt;
    }

    /** An account for someone invited by e-mail: no password works until they choose one from the link. */
    public static StaffAccount invited(
            String email, String displayName, String unusableHash, CompanyId company, Set<String> roles, Instant now) {
        var account = new StaffAccount(email, displayName, unusableHash, company, roles, now);
        account.passwordSetAt = null;
        return account;
    }

    /**
     * The same person invited again while the first invitation waits: the name and roles of the new invitation count;
     * false when there is no waiting invitation (the account is in use or deactivated).
     */
    public boolean renewInvitation(String displayName, Set<String> roles) {
        if (!isInvitationPending() || !active) {
            return false;
        }
        this.displayName = displayName;
        this.roles.clear();
        this.roles.addAll(roles);
        return true;
    }

    /** A new password: sign-ins from before it end. */
    public void usePassword(String hash, Instant now) {
        passwordHash = hash;
        passwordSetAt = now;
        sessionsValidFrom = now;
    }

    /** No password works any more (until a new one is chosen from a link); every sign-in ends. */
    public void forgetPassword(String unusableHash, Instant now) {
        passwordHash = unusableHash;
        sessionsValidFrom = now;
    }

    /** No sign-in works while deactivated; those there were end. */
    public void deactivate(Instant now) {
        active = false;
        sessionsValidFrom = now;
    }

    public void reactivate() {
        active = true;
    }

    /** Starts setting up two-factor authentication with a new secret; the old one, if any, holds until confirmed. */
    public void prepareTotp(String sealedSecret) {
        if (totpEnabledAt == null) {
            totpSecret = sealedSecret;
        }
    }

    /** The same secret, sealed anew (with a newer key, or for the first time). */
    public void resealTotp(String sealedSecret) {
        if (totpSecret != null) {
            totpSecret = sealedSecret;
        }
    }

    /** The first code from the person's app confirms the secret: from now on every sign-in asks for a code. */
    public void enableTotp(long step, Instant now) {
        totpEnabledAt = now;
        totpLastStep = step;
    }

    public void disableTotp() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
    }

    /** A code of this step was used: it and every earlier one are spent. */
    public void useTotpStep(long step) {
        totpLastStep = step;
    }

    public boolean isTotpEnabled() {
        return totpEnabledAt != null;
    }

    public String sealedTotpSecret() {
        return totpSecret;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    /** Platform admins and data protection officers may not sign in with a password alone. */
    public boolean needsTotp() {
        return roles.contains("PLATFORM_ADMIN") || roles.contains("DATA_PROTECTION_OFFICER");
    }

    public boolean isInvitationPending() {
        return passwordSetAt == null;
    }

    /** Whether a sign-in made at this moment still holds. */
    public boolean holdsSignInFrom(Instant signedInAt) {
        return active && !signedInAt.isBefore(sessionsValidFrom);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Long companyId() {
        return companyId;
    }

    /** The company it belongs to; none for the platform's own staff. */
    public Optional<CompanyId> company() {
        return Optional.ofNullable(companyId).map(CompanyId::new);
    }

    /** Which account it is, as the components speak of one. */
    public StaffAccountId accountId() {
        return new StaffAccountId(id);
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }
}
