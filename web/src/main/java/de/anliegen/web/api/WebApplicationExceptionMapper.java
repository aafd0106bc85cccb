package de.anliegen.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What JAX-RS itself refuses: unknown path, wrong method, wrong content type, unreadable body, ... */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        var original = e.getResponse();
        var status = original.getStatusInfo();
        var problem = ProblemDetails.of(status, detail(status.getStatusCode()));
        var response = Response.fromResponse(problem.toResponse()).type(ProblemDetails.MEDIA_TYPE);
        // keep what tells the client how to go on (Allow on 405, WWW-Authenticate on 401, Retry-After on 429/503)
        for (var header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            if (original.getHeaders().containsKey(header)) {
                response.header(header, original.getHeaderString(header));
            }
        }
        return response.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 ->
                "The request could not be read; check that the body is well-formed JSON of the documented shape.";
            case 401 -> "Sign in first: send a valid access token.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that method; see the Allow header.";
            case 406 -> "This address answers in application/json only.";
            case 415 -> "This address takes a different content type; see the API document at /openapi.";
            default -> "The request could not be served.";
        };
    }
}
