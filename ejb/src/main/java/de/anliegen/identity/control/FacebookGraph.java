package de.anliegen.identity.control;

import de.anliegen.platform.gateways.OutboundAddresses;
import de.anliegen.platform.json.Jsonp;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.Unauthenticated;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
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
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Speaks with Facebook's Graph API: exchanges a code from the login dialog for an access token, and asks whether an
 * access token is valid for our Facebook app, and whose it is. Every call that carries a token carries its
 * {@code appsecret_proof} too, so that Facebook can refuse a token used from anywhere but our server (the Facebook
 * app's "Require App Secret"). A token is used for these calls only: never stored, never logged, never answered.
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

    /**
     * The access token Facebook gives our app for a code from its login dialog: the code with the PKCE verifier whose
     * SHA-256 was the dialog's challenge, and the redirect address the dialog sent the person back to.
     */
    public String exchange(String code, String codeVerifier, String redirectUri) {
        var appId = appId();
        var answer = post(
                graph() + "/oauth/access_token",
                Map.of(
                        "client_id", appId,
                        "client_secret", settings.get(Setting.FACEBOOK_APP_SECRET),
                        "redirect_uri", redirectUri,
                        "code", code,
                        "code_verifier", codeVerifier));
        var token = text(answer, "access_token");
        if (token.isEmpty()) {
            // Facebook says why (expired, used, another redirect address or verifier); never with the code itself
            var reason =
                    answer.get("error") instanceof JsonObject error ? text(error, "message") : Optional.<String>empty();
            LOG.info("Facebook refused an authorization code: " + reason.orElse("no reason given"));
            throw new Unauthenticated(
                    "facebook-code-invalid",
                    "Facebook does not confirm this sign-in (the code expired, was used already, or does not match "
                            + "its verifier or redirect address).");
        }
        return token.get();
    }

    /** Who the token belongs to, once Facebook confirms it was issued to our app and is still valid. */
    public FacebookProfile verify(String accessToken) {
        var appId = appId();
        var appToken = appId + "|" + settings.get(Setting.FACEBOOK_APP_SECRET);
        var debug = get(graph() + "/debug_token?input_token=" + encode(accessToken), appToken)
                .getJsonObject("data");
        var userId = text(debug, "user_id");
        if (debug == null
                || !debug.getBoolean("is_valid", false)
                || !appId.equals(text(debug, "app_id").orElse(""))
                || userId.isEmpty()) {
            throw new Unauthenticated(
                    "facebook-token-invalid", "Facebook does not confirm this sign-in (expired, or for another app).");
        }
        var me = get(graph() + "/me?fields=id,first_name,last_name,email", accessToken);
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

    private URI graph() {
        return OutboundAddresses.requireTls(URI.create(settings.get(Setting.FACEBOOK_GRAPH_URL)), "FACEBOOK_GRAPH_URL");
    }

    /** A Graph API read with this token and its proof (the address has its own parameters already). */
    private JsonObject get(String address, String accessToken) {
        return call(HttpRequest.newBuilder(URI.create(
                        address + "&access_token=" + encode(accessToken) + "&appsecret_proof=" + proof(accessToken)))
                .GET());
    }

    /** A form posted to the Graph API: the client secret and the code travel in the body, not in an address. */
    private JsonObject post(String address, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return call(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Facebook's {@code appsecret_proof}: the token's HMAC-SHA256 under the app secret, in hexadecimal. */
    String proof(String accessToken) {
        return Secrets.hmacSha256(
                settings.get(Setting.FACEBOOK_APP_SECRET).getBytes(StandardCharsets.UTF_8), accessToken);
    }

    private JsonObject call(HttpRequest.Builder request) {
        try {
            var response = client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
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
