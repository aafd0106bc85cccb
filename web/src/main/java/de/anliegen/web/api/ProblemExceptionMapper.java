package de.anliegen.web.api;

import de.anliegen.platform.boundary.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures from the boundaries (not found, conflict, invalid, ...). */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        return ProblemDetails.of(e.type(), Response.Status.fromStatusCode(e.status()), e.getMessage())
                .toResponse();
    }
}
