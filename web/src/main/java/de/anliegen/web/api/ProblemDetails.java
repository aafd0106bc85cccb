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

    /** RFC 9457's media type, as text where no JAX-RS runtime is at hand (the OpenAPI filter's unit test). */
    public static final String MEDIA_TYPE_NAME = "application/problem+json";

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static ProblemDetails of(Response.StatusType status, String detail) {
        return new ProblemDetails("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** The status with the standard words for it ({@link #standardDetail}), where nothing more is to be said. */
    public static ProblemDetails of(Response.StatusType status) {
        return of(status, standardDetail(status.getStatusCode()));
    }

    public static ProblemDetails of(String type, Response.StatusType status, String detail) {
        return new ProblemDetails("/problems/" + type, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** The database cannot be used right now: 503, to be repeated after {@link #UNAVAILABLE_RETRY_SECONDS}. */
    public static final int UNAVAILABLE_RETRY_SECONDS = 30;

    public static Response unavailable() {
        return Response.fromResponse(of("unavailable", Response.Status.SERVICE_UNAVAILABLE, standardDetail(503))
                        .toResponse())
                .header("Retry-After", UNAVAILABLE_RETRY_SECONDS)
                .build();
    }

    public ProblemDetails withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetails(type, title, status, detail, List.copyOf(fieldErrors));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** One invalid field: where it is ({@code body.mobileNumber}, {@code query.limit}) and what is wrong. */
    public record FieldError(String field, String message) {}

    /** What to tell the client when the status is all there is to say. */
    public static String standardDetail(int status) {
        return switch (status) {
            case 400 ->
                "The request could not be read; check that the body is well-formed JSON of the documented shape.";
            case 401 -> "Sign in first: send a valid access token.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that method; see the Allow header.";
            case 406 ->
                "This address cannot answer in the types the Accept header names; see the API document at /openapi.";
            case 413 -> "The body is too large for this address.";
            case 415 -> "This address takes a different content type; see the API document at /openapi.";
            case 429 -> "Too many requests; see Retry-After.";
            case 503 -> "The service is briefly unavailable. Please try again in a minute.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request could not be served.";
        };
    }
}
