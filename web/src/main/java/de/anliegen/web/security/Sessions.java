package de.anliegen.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The portal's session as one request sees it while other requests of the same browser may end it at any moment: a
 * sign-out, a sign-in that replaces it, a page that finds the account changed. An ended session fails every call
 * (Servlet 6.0, {@code HttpSession}), and WildFly's distributable session ends for every request that holds it, also
 * for the page's stylesheets and fonts still loading. A session ended meanwhile counts as none.
 */
final class Sessions {

    private Sessions() {}

    /** The attribute of the session, empty without a session or once it has ended. */
    static Optional<Object> attribute(HttpSession session, String name) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(session.getAttribute(name));
        } catch (IllegalStateException endedMeanwhile) {
            return Optional.empty();
        }
    }

    /** Takes the attribute out of the session, if the session still lasts. */
    static void forget(HttpSession session, String name) {
        try {
            session.removeAttribute(name);
        } catch (IllegalStateException endedMeanwhile) {
            // what was to be forgotten has gone with the session
        }
    }

    /** Ends the session, unless another request has ended it already. */
    static void end(HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException endedMeanwhile) {
            // ended already: what this call was for
        }
    }

    /** Gives the request's session a new id; a session ended meanwhile needs none, the next one gets a new id anyway. */
    static void changeId(HttpServletRequest request) {
        try {
            request.changeSessionId();
        } catch (IllegalStateException endedMeanwhile) {
            // no session left to rename
        }
    }

    /** Whether the session has ended, under this request or another. */
    static boolean ended(HttpSession session) {
        try {
            session.getCreationTime();
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
