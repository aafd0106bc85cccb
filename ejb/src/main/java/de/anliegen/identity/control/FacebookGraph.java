package de.anliegen.identity.control;

import de.anliegen.platform.boundary.Jsonp;
import de.anliegen.platform.boundary.NotFound;
import de.anliegen.platform.boundary.OutboundAddresses;
import de.anliegen.platform.boundary.Setting;
import de.anliegen.platform.boundary.Settings;
import de.anliegen.platform.boundary.Unauthenticated;
import de.anliegen.platform.boundary.Unavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Asks Facebook's Graph API whether an access token the app obtained is valid for our Facebook app, and whose it is.
 * The token is used for these two calls only: never stored, never logged.
 */
@ApplicationScoped
public class FacebookGraph {

    private static final Logger LOG = Logger.getLogger(FacebookGraph.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    Settings settings;

    /** Whether the operator configured a Facebook app: its id and its secret (without which no token can be checked). */
    public boolean offered() {
        return !settings.get(Setting.FACEBOOK_APP_ID).isEmpty()
                && !settings.get(Setting.FACEBOOK_APP_SECRET).isEmpty();
    }

    /** The operator's Facebook app id; without one, Facebook sign-in is not offered. */
    public String appId() {
        var appId = settings.get(Setting.FACEBOOK_APP_ID);
        if (!offered()) {
            throw new NotFound("Sign-in with Facebook is not offered by this server.");
        }
        return appId;
    }

    /** Where a person signs in at Facebook: the login dialog's address (https, or loopback in tests). */
    public URI dialog() {
        return OutboundAddresses.requireTls(
                URI.create(settings.get(Setting.FACEBOOK_DIALOG_URL)), "FACEBOOK_DIALOG_URL");
    }

    /** Who the token belongs to, once Facebook confirms it was issued to our app and is still valid. */
    public FacebookProfile verify(String accessToken) {
        var appId = appId();
        var graph = OutboundAddresses.requireTls(
                URI.create(settings.get(Setting.FACEBOOK_GRAPH_URL)), "FACEBOOK_GRAPH_URL");
        var appToken = appId + "|" + settings.get(Setting.FACEBOOK_APP_SECRET);
        var debug = call(graph + "/debug_token?input_token=" + encode(accessToken) + "&access_token="
                        + encode(appToken))
                .getJsonObject("data");
        var userId = text(debug, "user_id");
        if (debug == null
                || !debug.getBoolean("is_valid", false)
                || !appId.equals(text(debug, "app_id").orElse(""))
                || userId.isEmpty()) {
            throw new Unauthenticated(
                    "facebook-token-invalid", "Facebook does not confirm this sign-in (expired, or for another app).");
        }
        var me = call(graph + "/me?fields=id,first_name,last_name,email&access_token=" + encode(accessToken));
        if (!userId.get().equals(text(me, "id").orElse(""))) {
            throw new Unauthenticated("facebook-token-invalid", "Facebook does not confirm this sign-in.");
        }
        return new FacebookProfile(
                userId.get(),
                debug.get("issued_at") instanceof JsonNumber issued
                        ? Optional.of(Instant.ofEpochSecond(issued.longValue()))
                        : Optional.empty(),
                text(me, "first_name").orElse(""),
                text(me, "last_name").orElse(""),
                text(me, "email"));
    }

    private JsonObject call(String address) {
        try {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(address))
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 && response.statusCode() != 400) {
                LOG.warning("Facebook's Graph API answered " + response.statusCode());
                throw unavailable();
            }
            try (var reader = Jsonp.PROVIDER.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unavailable unavailable) {
                throw unavailable;
            }
            LOG.warning(
                    "Facebook's Graph API cannot be reached: " + e.getClass().getSimpleName());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static Unavailable unavailable() {
        return new Unavailable(
                "Facebook cannot be asked right now; please try again later or sign in with your number.");
    }

    private static Optional<String> text(JsonObject object, String name) {
        if (object == null || !(object.get(name) instanceof JsonString value)) {
            return Optional.empty();
        }
        return Optional.of(value.getString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * What Facebook tells us of the person: the id that becomes our key, when the token was issued (if Facebook says),
     * names, and the e-mail address if shared.
     */
    public record FacebookProfile(
            String id, Optional<Instant> issuedAt, String firstName, String lastName, Optional<String> email) {}
}
