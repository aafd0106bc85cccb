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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Sessions whose own change ends their staff member's sign-ins, until they are signed in anew. */
    private final Set<String> keeping = ConcurrentHashMap.newKeySet();

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Clock clock;

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

    /**
     * Runs a change that ends the caller's sign-ins (a new password) and keeps this session signed in, from the time
     * of the change. The sweep that follows the change's commit runs on a thread of its own and may read this session
     * before the request stores its new sign-in: it leaves the session alone while it is kept.
     */
    public void keepSignedInAcross(HttpServletRequest request, Runnable change) {
        var id = request.getSession(true).getId();
        keeping.add(id);
        try {
            change.run();
            AnliegenAuthentication.keepSignedIn(
                    request, request.getUserPrincipal().getName(), clock.instant());
        } finally {
            keeping.remove(id);
        }
    }

    /** After the commit, on a thread of its own: the committed transaction still holds this one. */
    void signInsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffSignInsEnded ended) {
        executor.execute(this::endThoseEnded);
    }

    private void endThoseEnded() {
        for (var session : List.copyOf(sessions.values())) {
            try {
                if (!keeping.contains(session.getId())
                        && session.getAttribute(AnliegenAuthentication.SIGNED_IN) instanceof SignedInStaff staff
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
