package de.anliegen.web.site;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Takes the visitor's cookie choice from the banner or the cookie settings page (a plain form: no script needed) and
 * the opt-out link ({@code GET /site/opt-out}, which only ever switches analytics off). A choice posted from another
 * site is refused, so nobody can accept analytics on a visitor's behalf.
 */
@WebServlet(urlPatterns = {CookieChoiceServlet.CHOOSE, CookieChoiceServlet.OPT_OUT})
public class CookieChoiceServlet extends HttpServlet {

    static final String CHOOSE = "/site/cookies";
    static final String OPT_OUT = "/site/opt-out";
    private static final Set<String> CHOICES = Set.of(CookieChoice.ANALYTICS, CookieChoice.NECESSARY);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals(CHOOSE)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        var choice = request.getParameter("choice");
        if (!CHOICES.contains(choice)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose analytics or necessary.");
            return;
        }
        if (!fromOurPages(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "A cookie choice is made on our own pages.");
            return;
        }
        CookieChoice.set(response, choice);
        response.sendRedirect(request.getContextPath() + back(request.getParameter("back")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals(OPT_OUT)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        CookieChoice.set(response, CookieChoice.NECESSARY);
        response.sendRedirect(request.getContextPath() + "/cookies.xhtml?optedOut=true");
    }

    /** Browsers say where a form came from: Sec-Fetch-Site, or else the Origin header. */
    private static boolean fromOurPages(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        var origin = request.getHeader("Origin");
        var ours = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return origin != null && (origin.equals(ours) || origin.equals(ours.replace(":443", "")));
    }

    /** Only a page of this site, never another host (no open redirect). */
    private static String back(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return path;
    }
}
