package de.anliegen.web.api;

import de.anliegen.platform.boundary.DatabaseFailures;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. The client never sees a stack trace: a database that is down answers 503 with Retry-After, a
 * refused EJB call 403, any other failure 500 with an incident id that is also in the server log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof EJBAccessException) {
            return ProblemDetails.of(Response.Status.FORBIDDEN, "You may not do this.")
                    .toResponse();
        }
        if (DatabaseFailures.isUnreachable(e)) {
            LOG.warning("Request failed, the database cannot be used: " + DatabaseFailures.describe(e));
            return Response.fromResponse(ProblemDetails.of(
                                    "unavailable",
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "The service is briefly unavailable. Please try again in a minute.")
                            .toResponse())
                    .header("Retry-After", 30)
                    .build();
        }
        var incident = UUID.randomUUID();
        LOG.log(Level.SEVERE, "Incident " + incident + ": unexpected failure", e);
        return ProblemDetails.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. If it happens again, quote incident " + incident + ".")
                .toResponse();
    }
}
