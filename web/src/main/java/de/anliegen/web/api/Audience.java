package de.anliegen.web.api;

import de.anliegen.identity.boundary.Roles;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a document of the API is for (ADR 17): a mobile team generates its client from the document of its audience and
 * meets no operation it may not call. An operation's audience follows from the roles its security requirement names
 * (the roles of its {@code @RolesAllowed}, ApiSecurityTest holds them together) and, for an operation anyone may call,
 * from its tag. An operation several roles may call is in each of their documents.
 */
public enum Audience {
    /** The consumer app: everything a consumer's token may call, and the public operations around it. */
    CONSUMERS("consumer", "for the consumer app", Set.of(Roles.CONSUMER)),
    /** Agents' and company admins' clients: the staff API and its sign-in. */
    AGENTS("agents", "for agents' clients (staff tokens)", Set.of(Roles.AGENT, Roles.COMPANY_ADMIN)),
    /** Development tools: the dev mode's outbox and ping; never served in production. */
    DEVELOPERS("dev", "the dev mode's tools (never in production)", Set.of());

    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");

    private final String name;
    private final String title;
    private final Set<String> roles;

    Audience(String name, String title, Set<String> roles) {
        this.name = name;
        this.title = title;
        this.roles = roles;
    }

    /** The name in the document's address: consumer, agents, dev. */
    public String documentName() {
        return name;
    }

    public static Optional<Audience> named(String name) {
        return Arrays.stream(values())
                .filter(audience -> audience.name.equals(name))
                .findFirst();
    }

    /** Whether this audience calls the operation (one of the document's operation objects). */
    public boolean calls(JsonObject operation) {
        var tag = operation.containsKey("tags") ? operation.getJsonArray("tags").getString(0, "") : "";
        if (tag.equals(AnliegenApi.DEVELOPMENT)) {
            return this == DEVELOPERS;
        }
        var required = rolesOf(operation);
        if (required.isEmpty()) {
            return this == (tag.equals(AnliegenApi.STAFF) ? AGENTS : CONSUMERS);
        }
        return required.stream().anyMatch(roles::contains);
    }

    /**
     * The whole document cut down to this audience: its operations, the tags they use, the schemas they reach; the
     * rest (servers, security schemes, problem details) as in the whole.
     */
    public JsonObject documentOf(JsonObject whole) {
        var paths = Json.createObjectBuilder();
        var tags = new HashSet<String>();
        whole.getJsonObject("paths").forEach((path, value) -> {
            var item = Json.createObjectBuilder(value.asJsonObject());
            var kept = 0;
            for (var method : METHODS) {
                var operation = value.asJsonObject().getJsonObject(method);
                if (operation == null) {
                    continue;
                }
                if (calls(operation)) {
                    kept++;
                    if (isPublic(operation)) {
                        // the whole document says [{}] (WildFly's merge drops an empty list); the same, said plainly
                        item.add(
                                method,
                                Json.createObjectBuilder(operation).add("security", JsonValue.EMPTY_JSON_ARRAY));
                    }
                    operation
                            .getJsonArray("tags")
                            .getValuesAs(JsonString.class)
                            .forEach(tag -> tags.add(tag.getString()));
                } else {
                    item.remove(method);
                }
            }
            if (kept > 0) {
                paths.add(path, item);
            }
        });
        var document = Json.createObjectBuilder(whole).add("paths", paths);
        var info = whole.getJsonObject("info");
        document.add("info", Json.createObjectBuilder(info).add("title", info.getString("title") + ", " + title));
        if (whole.containsKey("tags")) {
            var used = Json.createArrayBuilder();
            whole.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
                    .filter(tag -> tags.contains(tag.getString("name")))
                    .forEach(used::add);
            document.add("tags", used);
        }
        return withReachableSchemas(withUsedSecuritySchemes(document.build()));
    }

    private static boolean isPublic(JsonObject operation) {
        var security = operation.getJsonArray("security");
        return security != null
                && security.stream()
                        .allMatch(requirement -> requirement.asJsonObject().isEmpty());
    }

    private Set<String> rolesOf(JsonObject operation) {
        var security = operation.getJsonArray("security");
        var required = new HashSet<String>();
        if (security != null) {
            security.getValuesAs(JsonObject.class)
                    .forEach(requirement -> requirement.values().stream()
                            .map(JsonValue::asJsonArray)
                            .flatMap(scopes -> scopes.getValuesAs(JsonString.class).stream())
                            .forEach(scope -> required.add(scope.getString())));
        }
        return required;
    }

    /** Only the security schemes an operation names: the developers' document has none. */
    private static JsonObject withUsedSecuritySchemes(JsonObject document) {
        var components = document.getJsonObject("components");
        if (components == null || !components.containsKey("securitySchemes")) {
            return document;
        }
        var named = new HashSet<String>();
        document.getJsonObject("paths")
                .values()
                .forEach(item -> METHODS.stream()
                        .map(method -> item.asJsonObject().getJsonObject(method))
                        .filter(operation -> operation != null && operation.containsKey("security"))
                        .flatMap(operation -> operation.getJsonArray("security").getValuesAs(JsonObject.class).stream())
                        .forEach(requirement -> named.addAll(requirement.keySet())));
        var used = Json.createObjectBuilder();
        components.getJsonObject("securitySchemes").forEach((name, scheme) -> {
            if (named.contains(name)) {
                used.add(name, scheme);
            }
        });
        var kept = Json.createObjectBuilder(components)
                .add("securitySchemes", used)
                .build();
        return Json.createObjectBuilder(document)
                .add(
                        "components",
                        kept.getJsonObject("securitySchemes").isEmpty()
                                ? Json.createObjectBuilder(kept)
                                        .remove("securitySchemes")
                                        .build()
                                : kept)
                .build();
    }

    /** Only the schemas the paths (and the schemas they name, and so on) refer to: no unused component. */
    private static JsonObject withReachableSchemas(JsonObject document) {
        var components = document.getJsonObject("components");
        if (components == null || !components.containsKey("schemas")) {
            return document;
        }
        var schemas = components.getJsonObject("schemas");
        var reached = new HashSet<String>();
        var waiting = new ArrayDeque<JsonValue>(List.of(document.getJsonObject("paths")));
        while (!waiting.isEmpty()) {
            var value = waiting.pop();
            if (value instanceof JsonObject object) {
                object.forEach((key, inner) -> {
                    if (key.equals("$ref")
                            && inner instanceof JsonString ref
                            && ref.getString().startsWith(SCHEMAS)) {
                        var name = ref.getString().substring(SCHEMAS.length());
                        if (reached.add(name) && schemas.containsKey(name)) {
                            waiting.push(schemas.get(name));
                        }
                    } else {
                        waiting.push(inner);
                    }
                });
            } else if (value instanceof JsonArray array) {
                array.forEach(waiting::push);
            }
        }
        var kept = Json.createObjectBuilder();
        schemas.forEach((name, schema) -> {
            if (reached.contains(name)) {
                kept.add(name, schema);
            }
        });
        return Json.createObjectBuilder(document)
                .add("components", Json.createObjectBuilder(components).add("schemas", kept))
                .build();
    }
}
