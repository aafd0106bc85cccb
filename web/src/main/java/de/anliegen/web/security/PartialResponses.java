package de.anliegen.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers to a portal page's ajax requests that Faces' script understands: it reads every answer as a partial
 * response, follows a redirect only when the partial response names it, and drops anything else (a 302 to an HTML
 * page) without a word.
 */
final class PartialResponses {

    private PartialResponses() {}

    /** Whether the request is a Faces ajax request of a page. */
    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Sends the page's browser to the address; the request goes no further. */
    static AuthenticationStatus redirect(HttpServletResponse response, String address) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + address.replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;")
                            + "\"></redirect></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
