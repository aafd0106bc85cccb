package de.anliegen.web.site;

import de.anliegen.privacy.boundary.PageViews;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Counts a view of a public page on the server, in our own database, when the visitor accepted analytics and the
 * browser sends neither Do-Not-Track nor Global Privacy Control. No script, no beacon, no third party: the page
 * itself is the only request.
 */
@WebFilter(urlPatterns = "/*")
public class PageViewCounting extends HttpFilter {

    static final Set<String> PAGES =
            Set.of("/", "/index.xhtml", "/companies.xhtml", "/privacy.xhtml", "/imprint.xhtml", "/cookies.xhtml");
    private static final Logger LOG = Logger.getLogger(PageViewCounting.class.getName());

    @Inject
    PageViews pageViews;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        var page = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getMethod().equals("GET")
                && PAGES.contains(page)
                && response.getStatus() == HttpServletResponse.SC_OK
                && CookieChoice.allowsCounting(request)) {
            try {
                pageViews.count(page.equals("/") ? "/index.xhtml" : page, request.getRemoteAddr());
            } catch (RuntimeException e) {
                LOG.warning("A page view could not be counted: " + e);
            }
        }
    }
}
