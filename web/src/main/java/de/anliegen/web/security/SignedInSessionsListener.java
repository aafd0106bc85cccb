package de.anliegen.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Tells {@link SignedInSessions} which sessions carry a portal sign-in, and which have ended. */
@WebListener
public class SignedInSessionsListener
        implements HttpSessionAttributeListener, HttpSessionListener, HttpSessionIdListener {

    @Inject
    SignedInSessions sessions;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (AnliegenAuthentication.SIGNED_IN.equals(event.getName())) {
            sessions.signedIn(event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        attributeAdded(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (AnliegenAuthentication.SIGNED_IN.equals(event.getName())) {
            sessions.gone(event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.gone(event.getSession());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.renamed(oldSessionId, event.getSession());
    }
}
