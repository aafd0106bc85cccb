package de.anliegen.web.api;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document (META-INF/microprofile-config.properties names this filter) with what the
 * annotations cannot know: every error response of every operation is an RFC 9457 problem document, described once as
 * the schema {@code ProblemDetails}; the installation's address is the server, its operator the contact, its imprint
 * the external documentation.
 */
public class ApiDocument implements OASFilter {

    private static final String SCHEMA = "ProblemDetails";
    private static final String FIELD_ERROR = "FieldError";
    private static final String REFS = "#/components/schemas/";
    private static final String IMPRINT = "/imprint.xhtml";
    /** Operations on an id that answer any id alike (switching off what may never have been on): no 404. */
    private static final Set<String> ANSWERS_ANY_ID = Set.of("unsubscribePush");

    /** Production has no dev operations (they answer 404 there): its documents do not name them either. */
    @Override
    public PathItem filterPathItem(PathItem item) {
        var development = item.getOperations().values().stream()
                .allMatch(operation ->
                        operation.getTags() != null && operation.getTags().contains(AnliegenApi.DEVELOPMENT));
        if (development && !new Settings().isDev()) {
            return null;
        }
        // the parameters of a path all its operations share may be named once, on the path
        if (hasPathParameter(item.getParameters())) {
            item.getOperations().values().forEach(ApiDocument::describeNotFound);
        }
        return item;
    }

    @Override
    public Tag filterTag(Tag tag) {
        return tag.getName().equals(AnliegenApi.DEVELOPMENT) && !new Settings().isDev() ? null : tag;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        describeRefusals(operation);
        DocumentedValues.describe(operation);
        var responses = operation.getResponses().getAPIResponses();
        // an idempotent create answers a repetition 200 with what its first time answered 201
        if (responses.containsKey("201") && responses.containsKey("200") && withoutSchema(responses.get("200"))) {
            responses.get("200").setContent(responses.get("201").getContent());
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("2") && response.getContent() != null) {
                describeBinaryBodies(response.getContent());
                ResponseExamples.attach(response.getContent());
            }
            if (code.matches("[45]\\d\\d")) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                ProblemDetails.MEDIA_TYPE_NAME,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(REFS + SCHEMA))));
            }
        });
        return operation;
    }

    /**
     * The refusals any operation may meet, where its annotations leave them out: without a valid token 401 (with
     * {@code WWW-Authenticate}) and for the wrong kind of account 403, for an operation that needs a signed-in caller;
     * 400 for an unknown query parameter; 404 for an operation on an id or handle in its path; 415 for a body of another
     * type, and 413 for a JSON body over
     * {@link BodySizeLimit}'s limit, for an operation that takes a body; 503 with {@code Retry-After} while the
     * database is away (ADR 8), for every operation; and {@code Retry-After} on every 429.
     */
    private static void describeRefusals(Operation operation) {
        var responses = operation.getResponses();
        var signedIn = operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> requirement.hasScheme(AnliegenApi.BEARER));
        refusal(
                responses,
                "400",
                "Invalid input (errors names each field), or a query parameter this operation does not know");
        if (!signedIn) {
            // said outright (the empty requirement: anyone), so that a linter knows it was not forgotten; an empty
            // list would say the same, but WildFly drops it when it merges the deployment's model into /openapi
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        if (signedIn) {
            withHeader(
                    refusal(
                            responses,
                            "401",
                            "No access token, or one that has expired: renew it (POST /api/v1/sessions/refresh) or"
                                    + " sign in again"),
                    "WWW-Authenticate",
                    "Bearer, with error=\"invalid_token\" when the token sent is not valid");
            refusal(
                    responses,
                    "403",
                    "Signed in, but not allowed: another kind of account, or data the data protection officer has"
                            + " restricted");
        }
        if (hasPathParameter(operation.getParameters())) {
            describeNotFound(operation);
        }
        var body = operation.getRequestBody();
        if (body != null && body.getContent() != null) {
            refusal(responses, "415", "A body of another type than this operation takes (its Content-Type)");
            if (body.getContent().hasMediaType(MediaType.APPLICATION_JSON)) {
                refusal(responses, "413", "A body larger than " + BodySizeLimit.MOST_BYTES / 1024 + " KiB");
            }
        }
        refusal(responses, "503", "Briefly unavailable: try again after Retry-After");
        for (var code : List.of("429", "503")) {
            if (responses.hasAPIResponse(code)) {
                withHeader(responses.getAPIResponse(code), "Retry-After", "Seconds to wait before trying again");
            }
        }
    }

    private static boolean hasPathParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH);
    }

    private static void describeNotFound(Operation operation) {
        if (operation.getResponses() != null && !ANSWERS_ANY_ID.contains(operation.getOperationId())) {
            refusal(
                    operation.getResponses(),
                    "404",
                    "Nothing of the caller's under this id or handle: never given out, or not theirs");
        }
    }

    /** The operation's response with this code, described so where its annotations leave it out. */
    private static APIResponse refusal(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
        return responses.getAPIResponse(code);
    }

    private static void withHeader(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(
                    name,
                    OASFactory.createHeader()
                            .description(description)
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
    }

    private static boolean withoutSchema(APIResponse response) {
        return response.getContent() == null
                || response.getContent().getMediaTypes().values().stream()
                        .allMatch(media -> isEmpty(media.getSchema()));
    }

    /** No schema, or the empty one the reader writes for a {@code Response} it cannot see into. */
    private static boolean isEmpty(Schema schema) {
        return schema == null
                || schema.getRef() == null
                        && (schema.getType() == null || schema.getType().isEmpty());
    }

    /** A body of pictures, files or the export is bytes: a generated client reads it as a blob, not as JSON. */
    private static void describeBinaryBodies(Content content) {
        content.getMediaTypes().forEach((type, media) -> {
            if (isEmpty(media.getSchema()) && !type.endsWith("json")) {
                media.setSchema(OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .format("binary"));
            }
        });
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemDetails());
        openAPI.getComponents().addSchema(FIELD_ERROR, fieldError());
        DocumentedValues.describe(openAPI.getComponents());
        // the settings are read from the environment alone: nothing to inject in a filter the document's reader makes
        var settings = new Settings();
        var address = settings.get(Setting.PUBLIC_URL);
        openAPI.servers(List.of(OASFactory.createServer().url(address).description("This installation")));
        openAPI.getInfo()
                .contact(OASFactory.createContact()
                        .name(settings.get(Setting.OPERATOR_NAME))
                        .email(settings.get(Setting.OPERATOR_EMAIL))
                        .url(address + IMPRINT));
        openAPI.externalDocs(OASFactory.createExternalDocumentation()
                .description("Who operates this installation, and how to reach them")
                .url(address + IMPRINT));
        ApiDocuments.whole = openAPI;
    }

    private static Schema fieldError() {
        return object(
                "One field of the input that is wrong, and why",
                Map.of(
                        "field", text("The field's name as the request spells it, e.g. text or limit"),
                        "message", text("What is wrong with it")),
                List.of("field", "message"));
    }

    private static Schema problemDetails() {
        return object(
                "RFC 9457 problem details: what went wrong, in one shape for every error",
                Map.of(
                        "type",
                        text("The kind of problem, e.g. /problems/wrong-code; about:blank when the status says it all"),
                        "title",
                        text("The status text"),
                        "status",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)),
                        "detail",
                        text("What to tell the person, and what to do"),
                        "errors",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .description("On invalid input: each field that is wrong")
                                .items(OASFactory.createSchema().ref(REFS + FIELD_ERROR))),
                List.of("type", "title", "status", "detail"));
    }

    private static Schema object(String description, Map<String, Schema> properties, List<String> required) {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description(description)
                .properties(properties)
                .required(required);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
