package de.anliegen.web.api;

import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.api.ProblemDetails.FieldError;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Domain failures from the boundaries (not found, conflict, invalid, ...). */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        var problem = ProblemDetails.of(e.type(), Response.Status.fromStatusCode(e.status()), e.getMessage());
        if (e instanceof Invalid invalid && invalid.field().isPresent()) {
            problem = problem.withErrors(List.of(new FieldError(invalid.field().get(), e.getMessage())));
        }
        var response = Response.fromResponse(problem.toResponse());
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())));
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }
}
