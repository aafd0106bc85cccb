package de.anliegen.web.security;

import de.anliegen.identity.boundary.StaffRemembrance;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The portal's "stay signed in" cookie: HttpOnly, Secure, 30 days (SameSite=Strict like every cookie:
 * WEB-INF/undertow-handlers.conf). Its {@code __Host-} prefix makes browsers take it only from this host, over HTTPS,
 * for the whole site ({@code Path=/}, which the prefix requires; the API never reads cookies), so no other host of the
 * domain can set or shadow it. Strictly necessary for what the person asked for, so no consent.
 */
public final class RememberCookie {

    static final String NAME = "__Host-anliegen-remember";
    private static final String PATH = "/";

    private RememberCookie() {}

    public static Optional<String> of(HttpServletRequest request) {
        return RequestCookies.value(request, NAME);
    }

    public static void set(HttpServletResponse response, String value) {
        response.addCookie(cookie(value, (int) StaffRemembrance.VALID.toSeconds()));
    }

    public static void clear(HttpServletResponse response) {
        response.addCookie(cookie("", 0));
    }

    private static Cookie cookie(String value, int maxAge) {
        var cookie = new Cookie(NAME, value);
        cookie.setPath(PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
