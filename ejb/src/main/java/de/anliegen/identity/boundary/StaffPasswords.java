package de.anliegen.identity.boundary;

import de.anliegen.identity.control.PasswordHashing;
import de.anliegen.identity.control.PasswordPolicy;
import de.anliegen.identity.control.StaffMails;
import de.anliegen.identity.control.StaffSignIn;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.identity.entity.StaffMailLink.Purpose;
import de.anliegen.platform.problems.Gone;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Staff choose their passwords: from an invitation or "forgot password" link, or by changing the one they know. */
@Stateless
@PermitAll
public class StaffPasswords {

    private static final int RESET_MAILS_PER_HOUR = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    StaffSignIn signIn;

    @Inject
    StaffMails mails;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Clock clock;

    @Inject
    Event<StaffSignInsEnded> signInsEnded;

    /**
     * "Forgot password": mails a link to choose a new one to an active account with this address, at most three an
     * hour. The caller learns nothing either way, so the form cannot tell which addresses have accounts; and it runs
     * after the caller has been answered, so that the time of the answer cannot tell either.
     */
    @Asynchronous
    public void forgot(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        var now = clock.instant();
        em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(StaffAccount::isActive)
                .filter(account -> mails.sentSince(em, account, Purpose.PASSWORD_RESET, now.minus(Duration.ofHours(1)))
                        < RESET_MAILS_PER_HOUR)
                .ifPresent(account -> mails.resetAsked(em, account, now));
    }

    /**
     * Chooses the password with the token of a mailed link (an invitation or a reset), which is used up by it. Every
     * earlier sign-in of the account ends. Answers the account's address, to sign in with.
     */
    public String choose(String token, String newPassword) {
        PasswordPolicy.check(newPassword, "password");
        var now = clock.instant();
        var link = mails.redeem(em, token, now);
        var account = em.find(StaffAccount.class, link.staffAccountId());
        if (account == null || !account.isActive()) {
            throw new Gone("link-invalid", "This account is no longer active.");
        }
        account.usePassword(passwords.hash(newPassword.toCharArray()), now);
        signInsEnded.fire(new StaffSignInsEnded());
        return account.email();
    }

    /** The signed-in staff member changes their password, confirming the one they have; other sign-ins end. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER})
    public void change(String currentPassword, String newPassword) {
        var account = em.find(StaffAccount.class, staffAccounts.current().id());
        var now = clock.instant();
        signIn.requirePassword(em, account, currentPassword, "currentPassword", now);
        PasswordPolicy.check(newPassword, "newPassword");
        account.usePassword(passwords.hash(newPassword.toCharArray()), now);
        signInsEnded.fire(new StaffSignInsEnded());
    }
}
