package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.identity.boundary.NewRegistration;
import de.anliegen.identity.boundary.Registrations;
import de.anliegen.identity.boundary.SignedIn;
import de.anliegen.platform.boundary.Outbox;
import de.anliegen.platform.boundary.Unauthenticated;
import de.anliegen.support.Api;
import de.anliegen.support.Deployments;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Expired tokens, inside the server: the lifetimes are set to zero for the test, so tokens expire as they are made. */
@ExtendWith(ArquillianExtension.class)
class TokenExpiryIT {

    @Inject
    Registrations registrations;

    @Inject
    ConsumerSessions sessions;

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

    private SignedIn signUp() {
        var number =
                "+49151" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var registration = registrations.start(new NewRegistration("Tara", "Ablauf", number), "198.51.100.77");
        var code = outbox.newestFirst(1).get(0).body().replaceAll("\\D*(\\d{6}).*", "$1");
        return registrations.verify(registration.id(), code);
    }
}
