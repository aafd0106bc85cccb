package de.anliegen.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Content-Security-Policy of every page: nothing from another origin, ever. Faces views get the same policy from
 * PrimeFaces, with the per-request script nonce added (context parameter {@code primefaces.CSP_POLICY} in web.xml is
 * the one place it is written). HSTS, nosniff, Referrer-Policy and X-Frame-Options come from the server (configure.cli).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private String policy;

    @Override
    public void init() {
        policy = policy(getServletContext());
    }

    /** The policy of every response that is not a Faces view (and of a Faces view's error page). */
    static String policy(ServletContext context) {
        return context.getInitParameter(POLICY_PARAMETER) + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().endsWith(".xhtml")) {
            response.setHeader("Content-Security-Policy", policy);
        }
        chain.doFilter(request, response);
    }
}
