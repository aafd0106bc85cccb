package de.anliegen.web.api;

import de.anliegen.conversation.boundary.Attachments;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A request to the API that says it brings a body larger than the largest the API takes (an attachment of 10 MB) is
 * answered 413 with problem details before a byte of it is read. Read, such a body would run into the server's own
 * limit a little above (configure.cli), and the server would end the whole connection instead of answering; a body
 * that does not declare its length is counted as it is read, by the resource that reads it.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class DeclaredBodySize extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isLargerThanAnyTaken(request.getContentLengthLong())) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a body of this declared length (-1: not declared) is more than any request of the API takes. */
    static boolean isLargerThanAnyTaken(long declaredLength) {
        return declaredLength > Attachments.MOST_BYTES;
    }
}
