package de.anliegen.web.api;

import de.anliegen.platform.problems.DatabaseFailures;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. The client never sees a stack trace: an unreadable body answers 400 (413 if it was too large), a refused EJB call 401 or
 * 403, a database that is down 503 with Retry-After, any other failure 500 with an incident id that is also in the
 * server log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ProcessingException || e instanceof JsonbException) {
            var tooLarge = tooLarge(e);
            if (tooLarge.isPresent()) {
                return tooLarge.get();
            }
            return ProblemDetails.of(
                            "unreadable-body",
                            Response.Status.BAD_REQUEST,
                            "The body could not be read: send well-formed JSON of the documented shape, "
                                    + "with no unknown fields.")
                    .toResponse();
        }
        if (e instanceof EJBAccessException) {
            return security.getUserPrincipal() == null
                    ? Bearer.challenge(request)
                    : ProblemDetails.of(Response.Status.FORBIDDEN, "You may not do this.")
                            .toResponse();
        }
        if (DatabaseFailures.isConstraintViolation(e)) {
            // the database's message names the values (e-mail addresses, numbers): not for the log
            LOG.info("A request lost a race for a unique value; answered 409");
            return ProblemDetails.of(
                            "conflict",
                            Response.Status.CONFLICT,
                            "Another request changed the same data at the same moment; please try again.")
                    .toResponse();
        }
        if (DatabaseFailures.isTransientConflict(e)) {
            LOG.info("A request lost a deadlock or lock wait to another one; answered 503, to be repeated");
            return Response.fromResponse(ProblemDetails.of(
                                    "busy",
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "Another request changed the same data at the same moment; please repeat yours.")
                            .toResponse())
                    .header("Retry-After", 1)
                    .build();
        }
        if (DatabaseFailures.isUnreachable(e)) {
            LOG.warning("Request failed, the database cannot be used: " + DatabaseFailures.describe(e));
            return ProblemDetails.unavailable();
        }
        var incident = UUID.randomUUID();
        LOG.log(Level.SEVERE, "Incident " + incident + ": unexpected failure", e);
        return ProblemDetails.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. If it happens again, quote incident " + incident + ".")
                .toResponse();
    }

    /**
     * The 413 of {@link BodySizeLimit}, when it counted a body of no declared length past the limit: the parser it
     * stopped hands it on wrapped as a body it could not read.
     */
    private static Optional<Response> tooLarge(Throwable e) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refused
                    && refused.getResponse().getStatus() == 413) {
                return Optional.of(
                        ProblemDetails.of(refused.getResponse().getStatusInfo()).toResponse());
            }
        }
        return Optional.empty();
    }
}
