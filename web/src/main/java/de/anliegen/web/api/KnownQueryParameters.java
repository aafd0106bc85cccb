package de.anliegen.web.api;

import de.anliegen.platform.problems.Invalid;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A query parameter the operation does not know is refused with 400 problem details that name it: a client that
 * spells a parameter wrong (the app once sent {@code q} where {@code query} was read) learns it at once instead of
 * getting an answer that silently ignored what it asked for.
 */
@Provider
public class KnownQueryParameters implements ContainerRequestFilter {

    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        var known = KNOWN.computeIfAbsent(method, KnownQueryParameters::namesOf);
        request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .findFirst()
                .ifPresent(unknown -> {
                    throw new Invalid(
                            "unknown-query-parameter",
                            unknown,
                            "This operation has no query parameter '" + unknown + "'"
                                    + (known.isEmpty()
                                            ? ""
                                            : "; it knows "
                                                    + String.join(
                                                            ", ",
                                                            known.stream()
                                                                    .sorted()
                                                                    .toList()))
                                    + ".");
                });
    }

    static Set<String> namesOf(Method method) {
        return Arrays.stream(method.getParameterAnnotations())
                .flatMap(Arrays::stream)
                .filter(QueryParam.class::isInstance)
                .map(annotation -> ((QueryParam) annotation).value())
                .collect(Collectors.toUnmodifiableSet());
    }
}
