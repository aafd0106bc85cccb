package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.identity.boundary.NewRegistration;
import de.anliegen.identity.boundary.Registrations;
import de.anliegen.identity.boundary.SignedIn;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffRemembrance;
import de.anliegen.platform.gateways.Outbox;
import de.anliegen.platform.problems.Unauthenticated;
import de.anliegen.support.Api;
import de.anliegen.support.DataProtectionOfficer;
import de.anliegen.support.Deployments;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Expired tokens and sign-ins, inside the server: the lifetimes are set to zero for the test, so tokens expire as they
 * are made.
 */
@ExtendWith(ArquillianExtension.class)
class TokenExpiryIT {

    @Inject
    Registrations registrations;

    @Inject
    ConsumerSessions sessions;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    StaffRemembrance remembrance;

    @Inject
    DataProtectionOfficer officer;

    @Inject
    Outbox outbox;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @AfterEach
    void defaults() {
        System.clearProperty("anliegen.access.token.minutes");
        System.clearProperty("anliegen.refresh.token.days");
        System.clearProperty("anliegen.consumer.session.days");
        System.clearProperty("anliegen.staff.session.hours");
        System.clearProperty("anliegen.staff.second.factor.hours");
    }

    @Test
    void an_expired_access_token_answers_401_invalid_token() {
        System.setProperty("anliegen.access.token.minutes", "0");
        var signedIn = signUp();

        var reply = Api.get("/api/v1/me", signedIn.tokens().accessToken());

        assertEquals(401, reply.status(), reply::toString);
        assertEquals("/problems/invalid-token", reply.json().getString("type"));
    }

    @Test
    void an_expired_refresh_token_is_refused() {
        System.setProperty("anliegen.refresh.token.days", "0");
        var signedIn = signUp();

        var refused = assertThrows(
                Unauthenticated.class, () -> sessions.refresh(signedIn.tokens().refreshToken()));

        assertEquals("invalid-refresh-token", refused.type());
    }

    @Test
    void a_session_ends_its_lifetime_after_the_sign_in_however_long_its_refresh_token_would_last() {
        System.setProperty("anliegen.consumer.session.days", "0");
        var signedIn = signUp();

        assertEquals(0, signedIn.tokens().refreshExpiresIn());
        var refused = assertThrows(
                Unauthenticated.class, () -> sessions.refresh(signedIn.tokens().refreshToken()));
        assertEquals("invalid-refresh-token", refused.type());
    }

    @Test
    void a_portal_sign_in_lasts_its_hours_however_active() {
        var email = "agent@stadtwerke-musterstadt.example";
        var signedInAt = Instant.now();
        assertTrue(staffAccounts.stillSignedIn(email, signedInAt).isPresent());

        System.setProperty("anliegen.staff.session.hours", "0");

        assertTrue(staffAccounts.stillSignedIn(email, signedInAt).isEmpty());
    }

    @Test
    void a_remembered_officers_browser_asks_for_the_authenticators_code_again_after_its_hours() {
        var cookie = officer.does(() -> remembrance.remember("Testbrowser"));
        var fresh = remembrance.signIn(cookie).orElseThrow();
        assertFalse(fresh.secondFactorDue(), "the sign-in that asked to be remembered took the code");

        System.setProperty("anliegen.staff.second.factor.hours", "0");
        var asked = Api.getWithCookies("/portal/dpo/index.xhtml", "__Host-anliegen-remember=" + fresh.cookie());

        assertEquals(302, asked.status(), asked::toString);
        assertTrue(asked.header("Location").orElseThrow().contains("/portal/login.xhtml"), asked::toString);
        var session = "__Host-anliegen-session="
                + asked.cookie("__Host-anliegen-session").orElseThrow();
        assertTrue(Api.getWithCookies("/portal/login.xhtml", session).body().contains("id=\"login:code\""));
        assertEquals(302, Api.getWithCookies("/portal/dpo/index.xhtml", session).status(), "closed until the code");
    }

    private SignedIn signUp() {
        var number =
                "+49151" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var registration = registrations.start(new NewRegistration("Tara", "Ablauf", number), "198.51.100.77");
        var code = outbox.newestFirst(1).get(0).body().replaceAll("\\D*(\\d{6}).*", "$1");
        return registrations.verify(registration.id(), code);
    }
}
