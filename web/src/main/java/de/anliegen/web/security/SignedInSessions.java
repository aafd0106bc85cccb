package de.anliegen.web.security;

import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffSignInsEnded;
import de.anliegen.web.security.AnliegenAuthentication.SignedInStaff;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's signed-in sessions on this node. When staff sign-ins end before their time (a deactivation, a new
 * password, a suspended company), the sessions they end are invalidated at once rather than at their next request:
 * with them go their inbox pages' live channels, which {@code CompanyChannels} closes with the session, and the page
 * shows the sign-in. Other nodes of a cluster end theirs at the session's next request or timeout.
 */
@ApplicationScoped
public class SignedInSessions {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Inject
    StaffAccounts staffAccounts;

    @Resource
    ManagedExecutorService executor;

    void signedIn(HttpSession session) {
        sessions.put(session.getId(), session);
    }

    void gone(HttpSession session) {
        sessions.remove(session.getId());
    }

    void renamed(String oldId, HttpSession session) {
        if (sessions.remove(oldId) != null) {
            sessions.put(session.getId(), session);
        }
    }

    /** After the commit, on a thread of its own: the committed transaction still holds this one. */
    void signInsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffSignInsEnded ended) {
        executor.execute(this::endThoseEnded);
    }

    private void endThoseEnded() {
        for (var session : List.copyOf(sessions.values())) {
            try {
                if (session.getAttribute(AnliegenAuthentication.SIGNED_IN) instanceof SignedInStaff staff
                        && staffAccounts
                                .stillSignedIn(staff.name(), staff.signedInAt())
                                .isEmpty()) {
                    session.invalidate();
                }
            } catch (IllegalStateException invalidatedMeanwhile) {
                gone(session);
            }
        }
    }
}
