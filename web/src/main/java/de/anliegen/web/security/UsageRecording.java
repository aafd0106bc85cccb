package de.anliegen.web.security;

import de.anliegen.identity.boundary.Roles;
import de.anliegen.privacy.boundary.UsageLog;
import de.anliegen.privacy.boundary.Visit;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Hands every request of a signed-in person (app, API or portal) to the usage log once it has been answered. Static
 * resources and the portal's push socket are not visits. The query string is never logged: it may hold an access
 * token or search words.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UsageRecording extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UsageRecording.class.getName());
    private static final String CONVERSATION = UsageRecording.class.getName() + ".conversation";
    private static final Pattern API_CONVERSATION = Pattern.compile("/api/v1/conversations/(\\d{1,18})(/.*)?");
    private static final Pattern QUERY_ID = Pattern.compile("(?:^|&)(?:id|conversation)=(\\d{1,18})(?:&|$)");

    @Inject
    UsageLog usageLog;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            var principal = request.getUserPrincipal();
            if (principal != null && isVisit(request.getRequestURI())) {
                record(request, response, principal.getName());
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, String principal) {
        var path = request.getRequestURI();
        try {
            usageLog.record(new Visit(
                    clock.instant(),
                    principal,
                    request.isUserInRole(Roles.CONSUMER),
                    request.getRemoteAddr(),
                    request.getHeader("User-Agent"),
                    request.getMethod(),
                    path,
                    response.getStatus(),
                    request.getAttribute(CONVERSATION) instanceof Long concerned
                            ? concerned
                            : conversationOf(path, request.getQueryString())));
        } catch (RuntimeException e) {
            LOG.severe("A visit could not be queued for the usage log: " + e);
        }
    }

    /**
     * A page that posts back to itself without the conversation in its address (the thread's reply, note, status)
     * says which conversation the request concerns.
     */
    public static void concerns(HttpServletRequest request, long conversation) {
        request.setAttribute(CONVERSATION, conversation);
    }

    private static boolean isVisit(String path) {
        return !path.contains("/jakarta.faces.resource/") && !path.endsWith("/portal/inbox/live");
    }

    /** The conversation an API path or a portal page (its {@code id} or {@code conversation} parameter) is about. */
    static Long conversationOf(String path, String query) {
        var api = API_CONVERSATION.matcher(path);
        if (api.matches()) {
            return Long.valueOf(api.group(1));
        }
        if (path.startsWith("/portal/inbox/") && query != null) {
            var parameter = QUERY_ID.matcher(query);
            if (parameter.find()) {
                return Long.valueOf(parameter.group(1));
            }
        }
        return null;
    }
}
