package de.anliegen.web.api;

import de.anliegen.web.api.ProblemDetails.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

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

    /**
     * {@code send.arg1.text} becomes {@code text}, and a method's parameter the name of its query, path or header
     * parameter ({@code search} becomes {@code q}): the name the client sent, not the Java method's.
     */
    static String field(ConstraintViolation<?> violation) {
        Path.MethodNode method = null;
        String field = "request";
        for (var node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                field = sentName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class))
                        .orElse(node.getName());
            }
        }
        return field;
    }

    private static Optional<String> sentName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (resource == null || method == null) {
            return Optional.empty();
        }
        try {
            var declared = resource.getMethod(
                    method.getName(), method.getParameterTypes().toArray(Class<?>[]::new));
            return Arrays.stream(declared.getParameterAnnotations()[parameter.getParameterIndex()])
                    .map(ConstraintViolationMapper::nameIn)
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> nameIn(Annotation annotation) {
        if (annotation instanceof QueryParam query) {
            return Optional.of(query.value());
        }
        if (annotation instanceof PathParam path) {
            return Optional.of(path.value());
        }
        if (annotation instanceof HeaderParam header) {
            return Optional.of(header.value());
        }
        return annotation instanceof FormParam form ? Optional.of(form.value()) : Optional.empty();
    }
}
