package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffTeam;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.support.Deployments;
import de.anliegen.support.PlatformOperator;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin's reset of a colleague's password needs its mail: the production-mode server mails by SMTP to 127.0.0.1:13025
 * (GreenMail in ProductionMailIT), and while nothing answers there the reset is refused and changes nothing.
 */
@Tag("production-mode")
@ExtendWith(ArquillianExtension.class)
class ProductionStaffResetIT {

    private static final int SMTP_PORT = 13025;

    @Inject
    PlatformOperator admin;

    @Inject
    StaffTeam team;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_reset_the_mail_server_cannot_send_is_refused_and_the_colleague_keeps_their_password() throws Exception {
        requireNothingListensOnTheMailPort();
        var since = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        transaction.begin();
        if (account(PlatformOperator.EMAIL) == null) {
            em.persist(new StaffAccount(
                    PlatformOperator.EMAIL, "Betrieb", "not-a-hash", null, Set.of(Roles.PLATFORM_ADMIN), since));
        }
        var colleague = new StaffAccount(
                "kollegin-" + UUID.randomUUID() + "@anliegen.test",
                "Karla Kollegin",
                "her-password-hash",
                null,
                Set.of(Roles.DATA_PROTECTION_OFFICER),
                since);
        em.persist(colleague);
        transaction.commit();

        assertThrows(Unavailable.class, () -> admin.does(() -> team.resetPassword(colleague.accountId())));

        em.clear();
        assertEquals("her-password-hash", account(colleague.email()).passwordHash(), "her password still works");
        assertEquals(
                since,
                em.createQuery("select a.sessionsValidFrom from StaffAccount a where a.id = :id", Instant.class)
                        .setParameter("id", colleague.id())
                        .getSingleResult(),
                "her sign-ins go on");
        assertEquals(
                0L,
                em.createQuery("select count(l) from StaffMailLink l where l.staffAccountId = :id", Long.class)
                        .setParameter("id", colleague.id())
                        .getSingleResult(),
                "no link was kept for a mail that never went");
    }

    private StaffAccount account(String email) {
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The mail server is away: its port refuses (ProductionMailIT starts GreenMail there only for its own tests). */
    private static void requireNothingListensOnTheMailPort() {
        try (var free = new ServerSocket(SMTP_PORT, 1, InetAddress.getByName("127.0.0.1"))) {
            // bound and closed at once: no one else listens there
        } catch (IOException e) {
            throw new AssertionError("something listens on the mail port " + SMTP_PORT + ": " + e);
        }
    }
}
