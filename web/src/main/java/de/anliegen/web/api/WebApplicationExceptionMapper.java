package de.anliegen.web.api;

import de.anliegen.web.api.ProblemDetails.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What JAX-RS itself refuses: unknown path, wrong method, wrong content type, unreadable body, ... */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How RESTEasy names the query parameter it could not convert: {@code ...QueryParam("limit") value is 'x'}. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"?([^\")]+)\"?\\)");

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        var original = e.getResponse();
        if (original.getStatus() == 403 && security.getUserPrincipal() == null) {
            return Bearer.challenge(request);
        }
        var parameter = e instanceof NotFoundException && e.getCause() != null
                ? unconvertibleQueryParameter(e.getMessage())
                : Optional.<String>empty();
        if (parameter.isPresent()) {
            return ProblemDetails.of("invalid", Response.Status.BAD_REQUEST, "Some fields are not valid.")
                    .withErrors(List.of(new FieldError(
                            parameter.get(), "not a value this parameter takes; see the API document at /openapi")))
                    .toResponse();
        }
        var status = original.getStatusInfo();
        var problem = ProblemDetails.of(status);
        var response = Response.fromResponse(problem.toResponse()).type(ProblemDetails.MEDIA_TYPE);
        // keep what tells the client how to go on (Allow on 405, WWW-Authenticate on 401, Retry-After on 429/503)
        for (var header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            if (original.getHeaders().containsKey(header)) {
                response.header(header, original.getHeaderString(header));
            }
        }
        return response.build();
    }

    /**
     * A query parameter that cannot be converted ({@code limit=x}) is a 404 in JAX-RS, as if the address did not
     * exist; the client sent a wrong value to an address that does, which is a 400 naming the parameter.
     */
    static Optional<String> unconvertibleQueryParameter(String message) {
        if (message == null) {
            return Optional.empty();
        }
        var named = QUERY_PARAMETER.matcher(message);
        return named.find() ? Optional.of(named.group(1)) : Optional.empty();
    }
}
