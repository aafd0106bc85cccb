package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A staff session moves to another node of a cluster when its node dies (ADR 13): everything it holds, the portal's
 * session- and view-scoped beans and the sign-in's own attributes, is written by Java serialisation and read on the
 * survivor. A field the survivor cannot read ends the agent's view there, so each is checked here, down to the records
 * it holds. Injected beans are left to Weld, which refuses to deploy a passivating bean with a dependency that cannot
 * follow it, but for Faces' own beans ({@code FacesContext}, {@code ExternalContext}, …): Weld deploys them, and
 * cannot read them back on another node (WELD-001435), so a bean asks Faces for them at each use.
 */
class SessionStateTest {

    /** Kept in the session by the sign-in, beside the beans. */
    private static final List<String> SESSION_ATTRIBUTES = List.of(
            "de.anliegen.web.security.AnliegenAuthentication$SignedInStaff",
            "de.anliegen.web.security.AnliegenAuthentication$PendingSecondFactor");

    @Test
    void everything_a_staff_session_holds_can_move_to_another_node() throws Exception {
        var held = new ArrayList<Class<?>>();
        for (var name : webClasses()) {
            var type = Class.forName(name, false, getClass().getClassLoader());
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                held.add(type);
            }
        }
        assertTrue(held.size() >= 10, "the portal's beans were found: " + held);
        for (var name : SESSION_ATTRIBUTES) {
            held.add(Class.forName(name));
        }
        var problems = new ArrayList<String>();
        var checked = new HashSet<Type>();
        for (var type : held) {
            check(type, type.getSimpleName(), checked, problems);
        }
        assertEquals(List.of(), problems, "cannot follow a session to another node");
    }

    @Test
    void the_check_finds_what_cannot_be_serialised_however_deep() {
        var problems = new ArrayList<String>();
        check(Holder.class, "Holder", new HashSet<>(), problems);
        assertEquals(
                List.of(
                        "Holder.plain: Plain is not Serializable",
                        "Holder.rows<>.plain: Plain is not Serializable",
                        "Holder.byKey<>: Plain is not Serializable",
                        "Holder.maybe: java.util.Optional is not Serializable",
                        "Holder.page<>: Plain is not Serializable",
                        "Holder.faces: jakarta.faces.context.FacesContext is injected, and cannot be read on another"
                                + " node",
                        "Holder.lost: injected but transient, null on another node"),
                problems);
    }

    private static void check(Type type, String path, Set<Type> checked, List<String> problems) {
        if (type instanceof ParameterizedType generic) {
            check(generic.getRawType(), path, checked, problems);
            if (generic.getRawType() instanceof Class<?> raw
                    && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
                for (var argument : generic.getActualTypeArguments()) {
                    check(argument, path + "<>", checked, problems);
                }
            }
            return;
        }
        if (type instanceof TypeVariable<?> variable) {
            check(variable.getBounds()[0], path, checked, problems);
            return;
        }
        if (type instanceof WildcardType wildcard) {
            check(wildcard.getUpperBounds()[0], path, checked, problems);
            return;
        }
        if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", checked, problems);
            return;
        }
        var raw = (Class<?>) type;
        if (raw.isPrimitive()
                || raw.isEnum()
                || raw.isArray() && raw.getComponentType().isPrimitive()) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", checked, problems);
            return;
        }
        // a collection's or map's interface says nothing: its elements are checked, and the implementations in use
        // (of java.util) are Serializable
        if (raw.isInterface() && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            return;
        }
        // a reference to an enterprise bean that a bean was injected with: Weld's proxy serialises as the bean's
        // identity (CDI: session beans are passivation capable dependencies)
        if (raw.isAnnotationPresent(Stateless.class) || raw.isAnnotationPresent(Singleton.class)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + (raw.getName().startsWith("de.anliegen.") ? raw.getSimpleName() : raw.getName())
                    + " is not Serializable");
            return;
        }
        if (!raw.getName().startsWith("de.anliegen.") || !checked.add(raw)) {
            return;
        }
        // a class of a library it extends holds what its type arguments say (a PrimeFaces LazyDataModel<Row> its rows)
        if (raw.getGenericSuperclass() instanceof ParameterizedType library
                && !((Class<?>) library.getRawType()).getName().startsWith("de.anliegen.")) {
            for (var argument : library.getActualTypeArguments()) {
                check(argument, path + "<>", checked, problems);
            }
        }
        for (var owner = raw;
                owner != null && owner.getName().startsWith("de.anliegen.");
                owner = owner.getSuperclass()) {
            for (Field field : owner.getDeclaredFields()) {
                var modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class)) {
                    if (field.getType().getName().startsWith("jakarta.faces.")) {
                        problems.add(path + "." + field.getName() + ": "
                                + field.getType().getName() + " is injected, and cannot be read on another node");
                    } else if (Modifier.isTransient(modifiers)) {
                        // Weld does not inject a bean again when it is read
                        problems.add(path + "." + field.getName() + ": injected but transient, null on another node");
                    }
                    continue;
                }
                if (Modifier.isTransient(modifiers)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), checked, problems);
            }
        }
    }

    private static List<String> webClasses() {
        try {
            var root = Path.of(SessionStateTest.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .resolveSibling("classes");
            try (var files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> root.relativize(file).toString())
                        .map(file -> file.substring(0, file.length() - ".class".length())
                                .replace('/', '.'))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static class Plain {}

    static class Page extends java.util.ArrayList<Plain> {}

    record Row(String text, Plain plain) implements Serializable {}

    @SuppressWarnings("unused")
    static class Holder implements Serializable {
        private String name;
        private Plain plain;
        private List<Row> rows;
        private Map<String, Plain> byKey;
        private java.util.Optional<String> maybe;
        private Page page;
        private transient Plain skipped;

        @Inject
        Plain injected;

        @Inject
        jakarta.faces.context.FacesContext faces;

        @Inject
        transient Plain lost;
    }
}
