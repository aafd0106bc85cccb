package de.anliegen.web.api;

import de.anliegen.platform.problems.DatabaseFailures;
import de.anliegen.web.security.SignInTarget;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The error page of the whole web app (web.xml): below /api it answers problem details, so that what the server
 * refuses before JAX-RS sees it looks like every other API error (a database that is down 503, as
 * {@link UnexpectedExceptionMapper} answers); elsewhere the HTML pages. A failed request is a
 * server error, never "not found", also when PrimeFaces sends the browser here after a failed ajax request.
 */
@WebServlet({"/errors/page", ErrorPageServlet.EXCEPTION, ErrorPageServlet.EXPIRED})
public class ErrorPageServlet extends HttpServlet {

    static final String EXCEPTION = "/errors/exception";
    /**
     * A page whose view the server no longer keeps is opened afresh: the page of a full postback; PrimeFaces sends the
     * browser of an ajax request here without naming it, so that one goes to the portal's start.
     */
    static final String EXPIRED = "/errors/expired";

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (EXPIRED.equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath()
                    + Optional.ofNullable(uri)
                            .map(page -> page.substring(request.getContextPath().length()))
                            .flatMap(SignInTarget::safe)
                            .orElse("/portal/"));
            return;
        }
        if (uri == null) {
            // requested as a page: only PrimeFaces does that, after an ajax request failed on the server
            if (EXCEPTION.equals(request.getServletPath())) {
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                request.getRequestDispatcher("/errors/server-error.html").forward(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            var problem = ProblemDetails.of(Response.Status.fromStatusCode(status));
            if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                    && DatabaseFailures.isUnreachable(failure)) {
                // the database went away while the caller's token was checked, before JAX-RS: as there, 503
                LOG.warning("Request failed, the database cannot be used: " + DatabaseFailures.describe(failure));
                var unavailable = ProblemDetails.unavailable();
                status = unavailable.getStatus();
                problem = (ProblemDetails) unavailable.getEntity();
                response.setHeader("Retry-After", unavailable.getHeaderString("Retry-After"));
            }
            response.setStatus(status);
            response.setContentType(ProblemDetails.MEDIA_TYPE.toString());
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(problem));
            return;
        }
        var page = switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST -> "/errors/bad-request.html";
            case HttpServletResponse.SC_NOT_FOUND -> "/errors/not-found.html";
            case HttpServletResponse.SC_FORBIDDEN -> "/errors/forbidden.html";
            default -> "/errors/server-error.html";
        };
        request.getRequestDispatcher(page).forward(request, response);
    }
}
