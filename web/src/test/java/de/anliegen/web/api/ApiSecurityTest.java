package de.anliegen.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document tells a generated client which operations need the access token, from the annotations beside
 * the roles: every operation the server refuses without a signed-in caller says so, and no other does; every operation
 * has a stable, unique operationId and a summary (issue 20).
 */
class ApiSecurityTest {

    private static final List<Method> OPERATIONS = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("de.anliegen.web.api")
                    .stream()
                    .map(JavaClass::reflect)
                    .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                    .filter(ApiSecurityTest::isOperation)
                    .toList();

    @Test
    void an_operation_declares_the_bearer_token_exactly_when_its_roles_need_a_signed_in_caller() {
        assertTrue(OPERATIONS.size() > 50, () -> "operations found: " + OPERATIONS.size());
        for (var operation : OPERATIONS) {
            assertEquals(
                    needsSignedInCaller(operation),
                    declaresBearer(operation),
                    () -> name(operation) + ": @RolesAllowed and @SecurityRequirement(name = BEARER) go together");
        }
    }

    @Test
    void every_operation_has_a_unique_operation_id_and_a_summary() {
        var ids = new HashSet<String>();
        for (var operation : OPERATIONS) {
            var described = operation.getAnnotation(Operation.class);
            assertTrue(described != null, () -> name(operation) + " has no @Operation");
            assertTrue(described.operationId().matches("[a-z][A-Za-z]+"), () -> name(operation) + ": operationId");
            assertFalse(described.summary().isBlank(), () -> name(operation) + ": summary");
            assertTrue(ids.add(described.operationId()), () -> described.operationId() + " is used twice");
        }
    }

    @Test
    void the_roles_an_operation_documents_are_those_allowed_to_call_it() {
        for (var operation : OPERATIONS) {
            if (declaresBearer(operation)) {
                assertEquals(
                        Set.of(rolesAllowed(operation)),
                        Set.of(requirement(operation).scopes()),
                        () -> name(operation) + ": @SecurityRequirement's scopes are the @RolesAllowed roles");
            }
        }
    }

    private static String[] rolesAllowed(Method method) {
        var roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        return roles.value();
    }

    /** A method of the API's document: a resource method not hidden from it (as the audience documents are). */
    private static boolean isOperation(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)
                        .anyMatch(method::isAnnotationPresent)
                && !(method.isAnnotationPresent(Operation.class)
                        && method.getAnnotation(Operation.class).hidden());
    }

    private static boolean needsSignedInCaller(Method method) {
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return true;
        }
        return !method.isAnnotationPresent(PermitAll.class)
                && method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class);
    }

    private static boolean declaresBearer(Method method) {
        var requirement = requirement(method);
        return requirement != null && requirement.name().equals(AnliegenApi.BEARER);
    }

    private static SecurityRequirement requirement(Method method) {
        return method.isAnnotationPresent(SecurityRequirement.class)
                ? method.getAnnotation(SecurityRequirement.class)
                : method.getDeclaringClass().getAnnotation(SecurityRequirement.class);
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
