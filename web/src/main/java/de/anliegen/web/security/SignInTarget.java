package de.anliegen.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a staff member goes after signing in: back to the portal page a link led them to (a conversation someone
 * sent them), else where their work is: the inbox for agents, the overview for everyone else. Only a page of the
 * portal on this site is ever a target, so that no link can send a person elsewhere after signing in.
 */
public final class SignInTarget {

    static final String PARAMETER = "next";
    static final String PAGE_HEADER = "X-Anliegen-Page";

    private static final String PORTAL = "/portal/";
    private static final String INBOX = "/portal/inbox/index.xhtml";
    private static final Pattern SAFE = Pattern.compile("/portal/[A-Za-z0-9/_.-]*(\\?[A-Za-z0-9=&%_.+-]*)?");

    private SignInTarget() {}

    /** The query that the sign-in page is sent with, naming the page asked for (none for the overview). */
    static String queryFor(HttpServletRequest request) {
        var page = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || page.equals(PORTAL) || page.equals(PORTAL + "index.xhtml")) {
            return "";
        }
        var asked = request.getQueryString() == null ? page : page + "?" + request.getQueryString();
        return safe(asked)
                .map(target -> "?" + PARAMETER + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8))
                .orElse("");
    }

    /**
     * The query of the sign-in page for a page whose session ended while it was open (its ajax request came without
     * one): says so, and names the page to return to.
     */
    static String queryForEnded(HttpServletRequest request) {
        return "?ended=true"
                + pageShown(request)
                        .map(target -> "&" + PARAMETER + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8))
                        .orElse("");
    }

    /**
     * The portal page the browser shows while it sends this ajax request, with its query: portal.js names it in the
     * request ({@value #PAGE_HEADER}), since the form's address lacks the query and no Referer is sent.
     */
    public static Optional<String> pageShown(HttpServletRequest request) {
        var page = request.getHeader(PAGE_HEADER);
        return page == null
                ? Optional.empty()
                : safe(page.substring(Math.min(request.getContextPath().length(), page.length())));
    }

    /** The page to go to after signing in, below the context path. */
    public static String after(String next, boolean agent) {
        return safe(next).orElse(agent ? INBOX : PORTAL);
    }

    /** The target if it is a page of the portal on this site. */
    public static Optional<String> safe(String target) {
        if (target == null
                || target.length() > 1000
                || target.contains("..")
                || !SAFE.matcher(target).matches()) {
            return Optional.empty();
        }
        return Optional.of(target);
    }
}
