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
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form posted to a page without that page's script nonce (PrimeFaces checks it on every postback: a forged or
 * replayed request) is the sender's mistake: 400 with the usual headers and a page that says so, and one log line
 * instead of a server error with its stack trace.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class RefusedPostbacks extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RefusedPostbacks.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the server's headers (HSTS and the others of configure.cli), which Faces drops when it resets the response
        var headers = new LinkedHashMap<String, List<String>>();
        response.getHeaderNames().forEach(name -> headers.put(name, List.copyOf(response.getHeaders(name))));
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByNonce(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning("A postback to " + request.getServletPath() + " without its page's CSP nonce was refused");
            response.reset();
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setHeader("Content-Security-Policy", SecurityHeaders.policy(getServletContext()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean causedByNonce(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
