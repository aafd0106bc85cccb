package de.anliegen.web.site;

import de.anliegen.web.security.RequestCookies;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The visitor's own cookie choice: {@code analytics} (first-party page-view counting accepted) or {@code necessary}
 * (rejected, or opted out by the plain link). Strictly necessary itself, so it needs no consent; HttpOnly, Secure,
 * a year, SameSite=Lax (WEB-INF/undertow-handlers.conf) so that a visitor coming from a search engine is not asked
 * again. Do-Not-Track and Global Privacy Control outweigh an acceptance.
 */
public final class CookieChoice {

    static final String NAME = "anliegen_cookies";
    static final String ANALYTICS = "analytics";
    static final String NECESSARY = "necessary";
    private static final Duration KEPT = Duration.ofDays(365);

    private CookieChoice() {}

    /** The choice the visitor made, if any. */
    public static Optional<String> of(HttpServletRequest request) {
        return RequestCookies.value(request, NAME).filter(value -> value.equals(ANALYTICS) || value.equals(NECESSARY));
    }

    /** Whether the browser asks not to be tracked: {@code DNT: 1} or {@code Sec-GPC: 1}. */
    public static boolean notToBeTracked(HttpServletRequest request) {
        return "1".equals(request.getHeader("DNT")) || "1".equals(request.getHeader("Sec-GPC"));
    }

    /** Whether this request's page view may be counted. */
    public static boolean allowsCounting(HttpServletRequest request) {
        return of(request).filter(ANALYTICS::equals).isPresent() && !notToBeTracked(request);
    }

    static void set(HttpServletResponse response, String choice) {
        var cookie = new Cookie(NAME, choice);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setMaxAge((int) KEPT.toSeconds());
        response.addCookie(cookie);
    }
}
