package de.anliegen.web.security;

import static de.anliegen.web.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.undertow.server.session.Session;
import io.undertow.servlet.api.Deployment;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.HttpSessionImpl;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionEndedInItsRequestTest {

    private final SessionEndedInItsRequest listener = new SessionEndedInItsRequest();
    private final ServletRequestContext request =
            new ServletRequestContext(fake(Deployment.class, (method, args) -> null), null, null, null);

    SessionEndedInItsRequestTest() {
        ServletRequestContext.setCurrentRequestContext(request);
    }

    @AfterEach
    void leaveTheThread() {
        ServletRequestContext.clearCurrentServletAttachments();
    }

    @Test
    void a_session_opened_after_the_request_ended_its_own_becomes_the_requests_session() {
        var ended = HttpSessionImpl.forSession(underlying("signed-in-before"), null, false);
        // the container wraps the new session anew and, finding the ended one in the context, leaves it there
        var opened = HttpSessionImpl.forSession(underlying("signed-in-anew"), null, true);
        assertSame(ended, request.getSession());

        listener.sessionCreated(new HttpSessionEvent(opened));

        assertSame(opened, request.getSession());
    }

    @Test
    void the_first_session_of_a_request_stays_where_the_container_put_it() {
        var opened = HttpSessionImpl.forSession(underlying("first"), null, true);

        listener.sessionCreated(new HttpSessionEvent(opened));

        assertSame(opened, request.getSession());
    }

    @Test
    void a_session_created_outside_any_request_is_let_be() {
        ServletRequestContext.clearCurrentServletAttachments();
        var opened = HttpSessionImpl.forSession(underlying("detached"), null, true);

        assertDoesNotThrow(() -> listener.sessionCreated(new HttpSessionEvent(opened)));
    }

    private static Session underlying(String id) {
        return fake(Session.class, (method, args) -> method.equals("getId") ? id : null);
    }
}
