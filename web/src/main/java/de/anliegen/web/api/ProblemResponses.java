package de.anliegen.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the OpenAPI document (META-INF/microprofile-config.properties names this filter): every error response
 * of every operation is an RFC 9457 problem document, described once as the schema {@code ProblemDetails}.
 */
public class ProblemResponses implements OASFilter {

    private static final String SCHEMA = "ProblemDetails";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.matches("[45]\\d\\d")) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                ProblemDetails.MEDIA_TYPE.toString(),
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA))));
            }
        });
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemDetails());
    }

    private static Schema problemDetails() {
        var text = Schema.SchemaType.STRING;
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details: what went wrong, in one shape for every error")
                .properties(Map.of(
                        "type",
                                OASFactory.createSchema()
                                        .type(java.util.List.of(text))
                                        .description(
                                                "The kind of problem, e.g. /problems/wrong-code; about:blank when the "
                                                        + "status says it all"),
                        "title",
                                OASFactory.createSchema()
                                        .type(java.util.List.of(text))
                                        .description("The status text"),
                        "status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)),
                        "detail",
                                OASFactory.createSchema()
                                        .type(java.util.List.of(text))
                                        .description("What to tell the person, and what to do"),
                        "errors",
                                OASFactory.createSchema()
                                        .type(java.util.List.of(Schema.SchemaType.ARRAY))
                                        .description("On invalid input: each field that is wrong")
                                        .items(OASFactory.createSchema()
                                                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                                                .properties(Map.of(
                                                        "field",
                                                                OASFactory.createSchema()
                                                                        .type(java.util.List.of(text)),
                                                        "message",
                                                                OASFactory.createSchema()
                                                                        .type(java.util.List.of(text)))))))
                .required(java.util.List.of("type", "title", "status", "detail"));
    }
}
