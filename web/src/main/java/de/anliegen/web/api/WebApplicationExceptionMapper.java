package de.anliegen.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What JAX-RS itself refuses: unknown path, wrong method, wrong content type, unreadable body, ... */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

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
        var status = original.getStatusInfo();
        var problem = ProblemDetails.of(status, ProblemDetails.standardDetail(status.getStatusCode()));
        var response = Response.fromResponse(problem.toResponse()).type(ProblemDetails.MEDIA_TYPE);
        // keep what tells the client how to go on (Allow on 405, WWW-Authenticate on 401, Retry-After on 429/503)
        for (var header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            if (original.getHeaders().containsKey(header)) {
                response.header(header, original.getHeaderString(header));
            }
        }
        return response.build();
    }
}
