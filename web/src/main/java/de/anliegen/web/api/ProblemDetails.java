package de.anliegen.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one shape of every API error (RFC 9457). {@code type} is a relative URI naming the kind of problem,
 * {@code about:blank} where the HTTP status says it all; {@code errors}, present only on invalid input, names the
 * fields that were wrong.
 */
public record ProblemDetails(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static ProblemDetails of(Response.StatusType status, String detail) {
        return new ProblemDetails("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static ProblemDetails of(String type, Response.StatusType status, String detail) {
        return new ProblemDetails("/problems/" + type, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public ProblemDetails withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetails(type, title, status, detail, List.copyOf(fieldErrors));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** One invalid field: where it is ({@code body.mobileNumber}, {@code query.limit}) and what is wrong. */
    public record FieldError(String field, String message) {}
}
