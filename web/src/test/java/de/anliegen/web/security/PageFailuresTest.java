package de.anliegen.web.security;

import static de.anliegen.web.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageFailuresTest {

    private final PageFailures filter = new PageFailures();
    private final FakeSession session = new FakeSession();
    private final FakeResponse response = new FakeResponse();

    @Test
    void a_read_whose_session_ended_under_it_reads_itself_again() throws Exception {
        filter.doFilter(request("GET", session), response.proxy, endingTheSession("session already invalidated"));

        assertEquals(
                List.of("reset", "Strict-Transport-Security", "redirect /portal/inbox/index.xhtml?id=7"),
                response.calls);
    }

    @Test
    void a_failure_of_a_read_whose_session_still_holds_stays_a_server_error() {
        var failure = new IllegalStateException("a defect");
        FilterChain failing = (request, response) -> {
            throw failure;
        };

        assertSame(
                failure,
                assertThrows(
                        IllegalStateException.class,
                        () -> filter.doFilter(request("GET", session), response.proxy, failing)));
        assertEquals(List.of(), response.calls);
    }

    @Test
    void a_post_is_never_sent_again_nor_a_read_that_began_without_a_session() {
        assertThrows(
                IllegalStateException.class,
                () -> filter.doFilter(request("POST", session), response.proxy, endingTheSession("posted")));
        assertThrows(
                IllegalStateException.class,
                () -> filter.doFilter(request("GET", null), response.proxy, endingTheSession("no session")));
        assertEquals(List.of(), response.calls);
    }

    @Test
    void a_response_already_on_its_way_is_left_as_it_is() {
        response.committed = true;

        assertThrows(
                IllegalStateException.class,
                () -> filter.doFilter(request("GET", session), response.proxy, endingTheSession("late")));
        assertEquals(List.of(), response.calls);
    }

    private FilterChain endingTheSession(String message) {
        return (request, response) -> {
            session.invalidated = true;
            throw new IllegalStateException(message);
        };
    }

    private static HttpServletRequest request(String method, FakeSession session) {
        var answers = Map.<String, Object>of(
                "getMethod", method,
                "getRequestURI", "/portal/inbox/index.xhtml",
                "getQueryString", "id=7",
                "getServletPath", "/portal/inbox/index.xhtml");
        return fake(
                HttpServletRequest.class,
                (name, args) ->
                        name.equals("getSession") ? (session == null ? null : session.proxy) : answers.get(name));
    }

    private static final class FakeSession {
        boolean invalidated;
        final HttpSession proxy = fake(HttpSession.class, (name, args) -> {
            if (invalidated) {
                throw new IllegalStateException("invalidated");
            }
            return name.equals("getCreationTime") ? 1L : null;
        });
    }

    private static final class FakeResponse {
        boolean committed;
        final List<String> calls = new ArrayList<>();
        final HttpServletResponse proxy = fake(HttpServletResponse.class, (name, args) -> switch (name) {
            case "getHeaderNames" -> List.of("Strict-Transport-Security");
            case "getHeaders" -> List.of("max-age=31536000");
            case "isCommitted" -> committed;
            case "reset" -> calls.add("reset") ? null : null;
            case "addHeader" -> calls.add((String) args[0]) ? null : null;
            case "sendRedirect" -> calls.add("redirect " + args[0]) ? null : null;
            default -> throw new ServletException("not expected: " + name);
        });
    }
}
