package de.anliegen.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on loopback that imitates the two Graph API endpoints the product calls ({@code debug_token} and
 * {@code /me}) and Facebook's login dialog, where the app sends a person (redirect flow, {@code response_type=token}).
 * The dev-mode server is configured to use it (arquillian.xml). Tests issue the tokens it knows, or say who is signed
 * in at "Facebook" in the browser.
 */
public final class FacebookGraphServer implements AutoCloseable {

    public static final int PORT = 18926;
    public static final String APP_ID = "anliegen-test-app";
    public static final String APP_SECRET = "test-app-secret";

    private final HttpServer server;
    private final Map<String, Person> tokens = new ConcurrentHashMap<>();
    private volatile boolean failing;
    private volatile Person signedInAtDialog;
    private volatile Map<String, String> lastDialog = Map.of();

    private FacebookGraphServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/v21.0/debug_token", this::debugToken);
        server.createContext("/v21.0/me", this::me);
        server.createContext("/v21.0/dialog/oauth", this::dialog);
        server.start();
    }

    public static FacebookGraphServer start() {
        try {
            return new FacebookGraphServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + PORT, e);
        }
    }

    /** A token Facebook would confirm, for our app, for this person (email may be null: not shared). */
    public void issue(String token, String userId, String firstName, String lastName, String email) {
        tokens.put(token, new Person(userId, firstName, lastName, email, APP_ID, true));
    }

    /** A valid token for this person, issued two hours ago (Facebook's tokens live for hours). */
    public void issueHoursAgo(String token, String userId, String firstName, String lastName, String email) {
        tokens.put(
                token,
                new Person(
                        userId,
                        firstName,
                        lastName,
                        email,
                        APP_ID,
                        true,
                        Instant.now().minusSeconds(7200).getEpochSecond()));
    }

    public void issueExpired(String token, String userId) {
        tokens.put(token, new Person(userId, "Abgelaufen", "Token", null, APP_ID, false));
    }

    public void issueForAnotherApp(String token, String userId) {
        tokens.put(token, new Person(userId, "Fremde", "App", "fremd@example.org", "another-app", true));
    }

    /** The person signed in at "Facebook" in the browser: the login dialog offers to continue as them. */
    public void signInAtDialog(String userId, String firstName, String lastName, String email) {
        signedInAtDialog = new Person(userId, firstName, lastName, email, APP_ID, true);
    }

    /** The query of the last request for the login dialog. */
    public Map<String, String> lastDialog() {
        return lastDialog;
    }

    /** Answer every call with 500 until told otherwise. */
    public void fail(boolean failing) {
        this.failing = failing;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void debugToken(HttpExchange exchange) throws IOException {
        var query = query(exchange);
        if (!(APP_ID + "|" + APP_SECRET).equals(query.get("access_token"))) {
            answer(exchange, 400, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"code\":190}}");
            return;
        }
        var person = tokens.get(query.getOrDefault("input_token", ""));
        var data = Json.createObjectBuilder();
        if (person == null) {
            data.add("is_valid", false);
        } else {
            data.add("app_id", person.appId())
                    .add("is_valid", person.valid())
                    .add("user_id", person.userId())
                    .add("issued_at", person.issuedAt());
        }
        answer(
                exchange,
                200,
                Json.createObjectBuilder().add("data", data).build().toString());
    }

    private void me(HttpExchange exchange) throws IOException {
        var person = tokens.get(query(exchange).getOrDefault("access_token", ""));
        if (person == null || !person.valid()) {
            answer(exchange, 400, "{\"error\":{\"message\":\"Error validating access token\",\"code\":190}}");
            return;
        }
        var me = Json.createObjectBuilder()
                .add("id", person.userId())
                .add("first_name", person.firstName())
                .add("last_name", person.lastName());
        if (person.email() != null) {
            me.add("email", person.email());
        }
        answer(exchange, 200, me.build().toString());
    }

    /**
     * The login dialog: checks what Facebook checks (our app, a registered redirect address, a token response, a
     * state) and shows "continue" and "cancel" links leading back the way Facebook does: the token and the state in
     * the fragment, a refusal in the query.
     */
    private void dialog(HttpExchange exchange) throws IOException {
        var query = query(exchange);
        lastDialog = Map.copyOf(query);
        var redirect = query.getOrDefault("redirect_uri", "");
        var person = signedInAtDialog;
        if (!APP_ID.equals(query.get("client_id"))
                || !"https://localhost:8443/app/".equals(redirect)
                || !"token".equals(query.get("response_type"))
                || !query.containsKey("state")
                || person == null) {
            page(exchange, 400, "<h1>Fehler</h1><p id=\"refused\">Diese Anmeldung ist nicht möglich.</p>");
            return;
        }
        var token = "dialog-" + UUID.randomUUID();
        tokens.put(token, person.issuedNow());
        var state = URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        var granted = redirect + "#access_token=" + token + "&data_access_expiration_time=1790000000"
                + "&expires_in=5183944&state=" + state;
        var cancelled = redirect + "?error=access_denied&error_code=200&error_description=Permissions+error"
                + "&error_reason=user_denied&state=" + state + "#_=_";
        page(
                exchange,
                200,
                "<h1>Facebook</h1><p>Weiter als " + escape(person.firstName()) + "?</p>"
                        + "<a id=\"continue\" href=\"" + escape(granted) + "\">Weiter</a> "
                        + "<a id=\"cancel\" href=\"" + escape(cancelled) + "\">Abbrechen</a>");
    }

    private static void page(HttpExchange exchange, int status, String body) throws IOException {
        var html = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"><title>Facebook</title>"
                        + "<link rel=\"icon\" href=\"data:,\"></head>"
                        + "<body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, html.length);
        exchange.getResponseBody().write(html);
        exchange.close();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
        var body = (failing ? "{\"error\":{\"message\":\"Service temporarily unavailable\"}}" : json)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(failing ? 500 : status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        var parameters = new HashMap<String, String>();
        var raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (var pair : raw.split("&")) {
                var at = pair.indexOf('=');
                if (at > 0) {
                    parameters.put(
                            URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private record Person(
            String userId,
            String firstName,
            String lastName,
            String email,
            String appId,
            boolean valid,
            long issuedAt) {

        Person(String userId, String firstName, String lastName, String email, String appId, boolean valid) {
            this(userId, firstName, lastName, email, appId, valid, Instant.now().getEpochSecond());
        }

        Person issuedNow() {
            return new Person(userId, firstName, lastName, email, appId, valid);
        }
    }
}
