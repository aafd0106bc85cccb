package de.anliegen.web.stream;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The stream's AsyncAPI document at {@code /api/asyncapi.yaml}, beside the REST API's OpenAPI document at
 * {@code /openapi}: the stream is no REST operation, so OpenAPI cannot describe it, and a mobile team generates and
 * checks its stream client from this one. The document is kept as written beside this class (asyncapi.yaml) so that
 * it reads as one piece; only its server is filled in, with this installation's public address as every other link
 * uses it. Open to everyone, like the OpenAPI document, and not an operation of it.
 */
@ApplicationScoped
@Path("asyncapi.yaml")
@Produces(AsyncApiResource.YAML)
@PermitAll
public class AsyncApiResource {

    static final String YAML = "application/yaml";

    private static final String TEMPLATE = template();

    @Inject
    Settings settings;

    @GET
    @Operation(hidden = true)
    public String document() {
        return forAddress(TEMPLATE, settings.get(Setting.PUBLIC_URL));
    }

    /**
     * The document with its server at this public address ({@code https://host[:port][/path]}): the stream is at the
     * address's path followed by {@code /api/v1/stream}, over {@code wss} (over {@code ws} for a plain {@code http}
     * address).
     */
    static String forAddress(String template, String publicUrl) {
        var address = URI.create(publicUrl);
        var path = address.getRawPath() == null ? "" : address.getRawPath().replaceAll("/+$", "");
        return template.replace("${host}", address.getRawAuthority())
                .replace("${pathname}", path + "/api/v1")
                .replace("${protocol}", "http".equalsIgnoreCase(address.getScheme()) ? "ws" : "wss");
    }

    static String template() {
        try (var in = AsyncApiResource.class.getResourceAsStream("asyncapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("asyncapi.yaml could not be read from the WAR", e);
        }
    }
}
