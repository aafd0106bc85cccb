package de.anliegen.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Two failures of a page request that are not the server's, answered as such instead of with a server error and its
 * stack trace, keeping the server's headers (HSTS and the others of configure.cli, which a reset response drops):
 * <ul>
 *   <li>a form posted without its page's script nonce (PrimeFaces checks it on every postback: a forged or replayed
 *       request) is refused with 400 and a page that says so;
 *   <li>a page read while another request of the same session ended it (a sign-out in another tab, or the inbox page
 *       that reloads as its live channel closes while the sign-out is still under way: the session then fails under
 *       this request) is sent to read itself again, which finds no session and does what any page without one does.
 * </ul>
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageFailures extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageFailures.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var headers = new LinkedHashMap<String, List<String>>();
        response.getHeaderNames().forEach(name -> headers.put(name, List.copyOf(response.getHeaders(name))));
        var session = request.getSession(false);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (causedByNonce(e)) {
                LOG.warning("A postback to " + request.getServletPath() + " without its page's CSP nonce was refused");
                reset(response, headers);
                response.setHeader("Content-Security-Policy", SecurityHeaders.policy(getServletContext()));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            } else if (READS.contains(request.getMethod()) && session != null && Sessions.ended(session)) {
                LOG.fine(() -> "The session of a read of " + request.getServletPath() + " ended under it");
                reset(response, headers);
                response.sendRedirect(again(request));
            } else {
                throw e;
            }
        }
    }

    private static void reset(HttpServletResponse response, LinkedHashMap<String, List<String>> headers) {
        response.reset();
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }

    private static boolean causedByNonce(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static String again(HttpServletRequest request) {
        var query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
