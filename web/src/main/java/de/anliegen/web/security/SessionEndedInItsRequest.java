package de.anliegen.web.security;

import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.HttpSessionImpl;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Lets a request that ended its own session finish the new one it opens: signing in while signed in ends the old
 * session and starts a new one in the same request (ADR 23).
 *
 * <p>WildFly 39 decorates each session it hands to Undertow's session listeners anew, so Undertow no longer recognises
 * the ended session as the request's own and keeps it in the request's context; at the request's end WildFly tells
 * only that session that the request is done. The new one then held the distributable session manager's lock for
 * ever (every undeploy and shutdown waited 60 seconds for it), its batch never closed. A session created in a request
 * is that request's session: this listener puts it in the request's context, where WildFly looks.
 */
@WebListener
public class SessionEndedInItsRequest implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        var request = ServletRequestContext.current();
        if (request != null
                && event.getSession() instanceof HttpSessionImpl created
                && request.getSession() != created) {
            request.setSession(created);
        }
    }
}
