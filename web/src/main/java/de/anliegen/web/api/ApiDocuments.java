package de.anliegen.web.api;

import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.settings.Settings;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The API's document for each {@link Audience}, beside the whole one WildFly serves at /openapi (ADR 17):
 * {@code /api/openapi/consumer.json}, {@code /api/openapi/agents.json} and, in dev mode only, {@code
 * /api/openapi/dev.json}. Each is the whole document, written by the library that writes /openapi, cut down to what
 * its audience calls.
 */
@Path("openapi/{audience}.json")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@ApplicationScoped
public class ApiDocuments {

    /** The whole document as {@link ApiDocument} finished it when the application was deployed. */
    static volatile OpenAPI whole;

    private final Map<Audience, JsonObject> written = new ConcurrentHashMap<>();

    /** The whole document as JSON, written once for all audiences. */
    private volatile JsonObject wholeJson;

    @Inject
    Settings settings;

    @GET
    @Operation(hidden = true)
    public JsonObject document(@PathParam("audience") String name) {
        var audience = Audience.named(name)
                .filter(named -> named != Audience.DEVELOPERS || settings.isDev())
                .orElseThrow(() ->
                        new NotFound("There is no API document for '" + name + "': consumer.json and agents.json are"));
        return written.computeIfAbsent(audience, this::write);
    }

    private JsonObject write(Audience audience) {
        return audience.documentOf(wholeJson());
    }

    private JsonObject wholeJson() {
        var json = wholeJson;
        if (json == null) {
            json = read();
            wholeJson = json;
        }
        return json;
    }

    private static JsonObject read() {
        if (whole == null) {
            throw new IllegalStateException("The OpenAPI document has not been made: is ApiDocument its filter?");
        }
        var json = SmallRyeOpenAPI.builder()
                .withInitialModel(whole)
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false)
                .build()
                .toJSON();
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
