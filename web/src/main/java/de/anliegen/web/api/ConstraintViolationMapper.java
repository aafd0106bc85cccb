package de.anliegen.web.api;

import de.anliegen.web.api.ProblemDetails.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/** Bean Validation failures on request records and parameters: 400, naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemDetails.of("invalid", Response.Status.BAD_REQUEST, "Some fields are not valid.")
                .withErrors(errors)
                .toResponse();
    }

    /** {@code send.arg1.text} becomes {@code text}: the name the client sent, not the Java method's. */
    private static String field(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .reduce((first, second) -> second)
                .orElse("request");
    }
}
