package de.anliegen.web.security;

import static de.anliegen.web.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.StaffRemembrance;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal's sessions as other requests of the same browser end them: a sign-out while the page still loads. */
class AnliegenAuthenticationTest {

    private final AnliegenAuthentication authentication = new AnliegenAuthentication();
    private final HttpSession ended = fake(HttpSession.class, (name, args) -> {
        throw new IllegalStateException("session already invalidated");
    });
    private final List<String> answers = new ArrayList<>();

    AnliegenAuthenticationTest() {
        authentication.clock = Clock.fixed(Instant.parse("2026-12-07T16:00:00Z"), ZoneOffset.UTC);
        // asked only for a browser's remember-me cookie, which these requests do not carry
        authentication.remembrance = new StaffRemembrance();
    }

    @Test
    void a_font_of_the_page_loads_on_while_the_sign_out_ends_its_session() {
        var status = authentication.validateRequest(
                request("/jakarta.faces.resource/primeicons/primeicons.woff2.xhtml"),
                fake(HttpServletResponse.class, (name, args) -> null),
                context(false));

        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertEquals(List.of("nothing to do"), answers);
    }

    @Test
    void a_portal_page_whose_session_ended_meanwhile_asks_to_sign_in_again() {
        var status = authentication.validateRequest(
                request("/portal/inbox/index.xhtml"),
                fake(HttpServletResponse.class, (name, args) -> null),
                context(true));

        assertEquals(AuthenticationStatus.SEND_CONTINUE, status);
        assertEquals(List.of("redirect /portal/login.xhtml?next=%2Fportal%2Finbox%2Findex.xhtml"), answers);
    }

    @Test
    void a_sign_out_of_a_session_ended_meanwhile_is_done_and_nobody_is_signed_in_with_it() {
        authentication.cleanSubject(
                request("/portal/logout.xhtml"), fake(HttpServletResponse.class, (name, args) -> null), context(true));

        assertTrue(AnliegenAuthentication.signedInStaff(ended).isEmpty());
        assertTrue(AnliegenAuthentication.signedInStaff(null).isEmpty());
        assertFalse(Sessions.attribute(ended, AnliegenAuthentication.SIGNED_IN).isPresent());
    }

    private HttpServletRequest request(String path) {
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getRequestURI" -> path;
            case "getContextPath" -> "";
            case "getMethod" -> "GET";
            case "getSession" -> ended;
            default -> null;
        });
    }

    private HttpMessageContext context(boolean protectedPage) {
        return fake(HttpMessageContext.class, (name, args) -> switch (name) {
            case "getAuthParameters" -> AuthenticationParameters.withParams();
            case "isProtected" -> protectedPage;
            case "doNothing" -> answers.add("nothing to do") ? AuthenticationStatus.NOT_DONE : null;
            case "redirect" -> answers.add("redirect " + args[0]) ? AuthenticationStatus.SEND_CONTINUE : null;
            default -> throw new IllegalStateException("not expected: " + name);
        });
    }
}
