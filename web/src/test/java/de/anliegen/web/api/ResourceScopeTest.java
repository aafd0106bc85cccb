package de.anliegen.web.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource lives as long as the application (ADR 25): one made for each request cost a tenth of a signed-in
 * request's CPU time, most of it RESTEasy validating the new instance. So no resource may keep anything of a request
 * in a field: parameters come as method parameters, and a {@code @Context} field must be an interface, which RESTEasy
 * fills with a proxy to the current request's object.
 */
class ResourceScopeTest {

    private static final List<Class<?>> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.anliegen.web").stream()
                    .map(JavaClass::reflect)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .<Class<?>>map(type -> type)
                    .toList();

    @Test
    void every_resource_is_application_scoped() {
        assertTrue(RESOURCES.size() > 20, () -> "resources found: " + RESOURCES.size());
        for (var resource : RESOURCES) {
            assertTrue(
                    resource.isAnnotationPresent(ApplicationScoped.class),
                    () -> resource.getName() + " is not @ApplicationScoped: RESTEasy would make and validate it anew "
                            + "for every request");
        }
    }

    @Test
    void no_resource_keeps_a_request_value_in_a_field() {
        var contextFields = 0;
        for (var resource : RESOURCES) {
            for (var field : resource.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                assertTrue(
                        Stream.of(
                                        PathParam.class,
                                        QueryParam.class,
                                        HeaderParam.class,
                                        CookieParam.class,
                                        FormParam.class,
                                        MatrixParam.class,
                                        BeanParam.class)
                                .noneMatch(field::isAnnotationPresent),
                        () -> name(field) + ": a parameter of one request, kept in a resource shared by all");
                assertTrue(
                        !field.isAnnotationPresent(Context.class)
                                || field.getType().isInterface(),
                        () -> name(field) + ": only an interface is injected as a proxy to the current request");
                contextFields += field.isAnnotationPresent(Context.class) ? 1 : 0;
            }
        }
        assertTrue(contextFields >= 5, "the request's servlet object is a field of several resources");
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
