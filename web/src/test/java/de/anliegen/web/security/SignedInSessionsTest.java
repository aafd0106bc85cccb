package de.anliegen.web.security;

import static de.anliegen.web.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.PortalSignIn;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffSignInsEnded;
import de.anliegen.web.security.AnliegenAuthentication.SignedInStaff;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignedInSessionsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-06T09:00:00Z");
    private static final String EMAIL = "wechsel@stadtwerke.example";

    private final SignedInSessions sessions = new SignedInSessions();
    private final FakeSession here = new FakeSession("here");
    private final FakeSession elsewhere = new FakeSession("elsewhere");

    SignedInSessionsTest() {
        sessions.clock = Clock.fixed(CHANGED, ZoneOffset.UTC);
        sessions.staffAccounts = new SignInsFrom(CHANGED);
        // the sweep at once, on the thread of the change's commit: the order in which the race is lost
        sessions.executor = fake(ManagedExecutorService.class, (name, args) -> {
            ((Runnable) args[0]).run();
            return null;
        });
        for (var session : new FakeSession[] {here, elsewhere}) {
            session.attributes.put(AnliegenAuthentication.SIGNED_IN, new SignedInStaff(EMAIL, SIGNED_IN));
            sessions.signedIn(session.proxy);
        }
    }

    @Test
    void a_new_password_keeps_the_session_that_changed_it_and_ends_every_other() {
        sessions.keepSignedInAcross(request(here), () -> sessions.signInsEnded(new StaffSignInsEnded()));

        assertFalse(here.invalidated, "the session that changed the password is kept");
        assertEquals(new SignedInStaff(EMAIL, CHANGED), here.attributes.get(AnliegenAuthentication.SIGNED_IN));
        assertTrue(elsewhere.invalidated, "every other sign-in ends");
    }

    @Test
    void a_refused_change_keeps_the_session_as_it_was_and_no_longer_shields_it() {
        assertThrows(
                IllegalArgumentException.class,
                () -> sessions.keepSignedInAcross(request(here), () -> {
                    throw new IllegalArgumentException("wrong password");
                }));
        assertEquals(new SignedInStaff(EMAIL, SIGNED_IN), here.attributes.get(AnliegenAuthentication.SIGNED_IN));

        sessions.signInsEnded(new StaffSignInsEnded());

        assertTrue(here.invalidated, "a later end of the sign-ins ends this session too");
    }

    private static HttpServletRequest request(FakeSession session) {
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getSession" -> session.proxy;
            case "getUserPrincipal" -> (Principal) () -> EMAIL;
            default -> throw new IllegalStateException("not expected: " + name);
        });
    }

    /** The account's sign-ins hold from the given time on. */
    private static final class SignInsFrom extends StaffAccounts {
        private final Instant from;

        SignInsFrom(Instant from) {
            this.from = from;
        }

        @Override
        public Optional<PortalSignIn> stillSignedIn(String email, Instant signedInAt) {
            return signedInAt.isBefore(from)
                    ? Optional.empty()
                    : Optional.of(
                            new PortalSignIn(new StaffAccountView(7L, email, "Wechsel", 1L, Set.of("AGENT")), false));
        }
    }

    private static final class FakeSession {
        final Map<String, Object> attributes = new HashMap<>();
        boolean invalidated;
        final HttpSession proxy;

        FakeSession(String id) {
            proxy = fake(HttpSession.class, (name, args) -> {
                if (invalidated) {
                    throw new IllegalStateException("invalidated");
                }
                return switch (name) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]) == null ? null : null;
                    case "invalidate" -> {
                        invalidated = true;
                        yield null;
                    }
                    default -> throw new IllegalStateException("not expected: " + name);
                };
            });
        }
    }
}
