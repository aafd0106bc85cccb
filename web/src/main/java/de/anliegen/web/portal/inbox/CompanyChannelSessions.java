package de.anliegen.web.portal.inbox;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Tells {@link CompanyChannels} which HTTP sessions ended or changed their id. */
@WebListener
public class CompanyChannelSessions implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    CompanyChannels channels;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        channels.sessionEnded(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        channels.renamed(oldSessionId, event.getSession().getId());
    }
}
