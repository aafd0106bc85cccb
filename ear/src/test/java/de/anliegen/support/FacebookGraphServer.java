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
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server on loopback that imitates what the product uses of Facebook: the login dialog, where the app
 * sends a person (authorization code flow with PKCE: {@code response_type=code}, {@code code_challenge}, S256), the
 * code's exchange at {@code /oauth/access_token} (client id and secret, the same redirect address, the verifier whose
 * SHA-256 is the challenge; a code works once), and the two Graph API endpoints the product calls with a token
 * ({@code debug_token} and {@code /me}), which refuse a call without the token's {@code appsecret_proof}, as Facebook
 * does for an app that requires it. The dev-mode server is configured to use it (arquillian.xml). Tests grant codes or
 * issue the tokens a native app would hold, or say who is signed in at "Facebook" in the browser.
 */
public final class FacebookGraphServer implements AutoCloseable {

    public static final int PORT = 18926 + Api.PORT_OFFSET;
    public static final String APP_ID = "anliegen-test-app";
    public static final String APP_SECRET = "test-app-secret";
    /** How every token this server gives in exchange for a code begins: to look for all of them where none may be. */
    public static final String EXCHANGED = "EAAGexchanged";
    /** The one redirect address registered for the test app: the web app's. */
    public static final String REDIRECT = Api.BASE + "/app/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final Map<String, Person> tokens = new ConcurrentHashMap<>();
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private final List<String> exchangedTokens = new CopyOnWriteArrayList<>();
    private final List<GraphCall> calls = new ArrayList<>();
    private volatile boolean failing;
    private volatile Person signedInAtDialog;
    private volatile Map<String, String> lastDialog = Map.of();

    private FacebookGraphServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/v21.0/debug_token", this::debugToken);
        server.createContext("/v21.0/me", this::me);
        server.createContext("/v21.0/oauth/access_token", this::accessToken);
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

    /** A PKCE verifier as an app makes one: 32 random bytes, base64url (43 characters). */
    public static String newVerifier() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The S256 code challenge of a verifier: base64url of its SHA-256, without padding (RFC 7636). */
    public static String challengeOf(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Facebook's appsecret_proof of a token: its HMAC-SHA256 under the app secret, hex; computed here on its own, not
     * with the product's code, so that a mistake there shows.
     */
    public static String proofOf(String accessToken) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This person continued at the login dialog that the web app opened with a fresh challenge: the code Facebook
     * sent them back with, and the verifier and redirect address the app kept (email may be null: not shared).
     */
    public Grant grant(String userId, String firstName, String lastName, String email) {
        return grantWith(newCode(), newVerifier(), userId, firstName, lastName, email);
    }

    /** The same, with a code and a verifier the test chose, to look for them later where they must not be. */
    public Grant grantWith(
            String code, String verifier, String userId, String firstName, String lastName, String email) {
        codes.put(
                code,
                new Pending(
                        new Person(userId, firstName, lastName, email, APP_ID, true), challengeOf(verifier), REDIRECT));
        return new Grant(code, verifier, REDIRECT);
    }

    /** A token Facebook's SDK would hand a native app, for our app, for this person (email may be null). */
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

    /** Every access token this server gave in exchange for a code, so far. */
    public List<String> exchangedTokens() {
        return List.copyOf(exchangedTokens);
    }

    /** The Graph API calls made with a token since the last time this was asked, oldest first. */
    public List<GraphCall> calls() {
        synchronized (calls) {
            var made = List.copyOf(calls);
            calls.clear();
            return made;
        }
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
        if (!proven(exchange, query)) {
            return;
        }
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
        var query = query(exchange);
        if (!proven(exchange, query)) {
            return;
        }
        var person = tokens.get(query.getOrDefault("access_token", ""));
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
     * Whether the call carries the appsecret_proof of its access token; if not, it is answered as Facebook answers an
     * app that requires the proof, and recorded either way.
     */
    private boolean proven(HttpExchange exchange, Map<String, String> query) throws IOException {
        var token = query.get("access_token");
        var proven = token != null && proofOf(token).equals(query.get("appsecret_proof"));
        synchronized (calls) {
            calls.add(new GraphCall(exchange.getRequestURI().getPath(), proven));
        }
        if (!proven) {
            answer(
                    exchange,
                    400,
                    "{\"error\":{\"message\":\"Invalid appsecret_proof provided in the API argument\","
                            + "\"type\":\"GraphMethodException\",\"code\":100}}");
        }
        return proven;
    }

    /**
     * The code's exchange, as a form (or a query, which Facebook takes too): our app's id and secret, the redirect
     * address the dialog was given, and the verifier whose SHA-256 was the challenge. A code works once; a wrong
     * verifier leaves it unused, as its owner may still come.
     */
    private void accessToken(HttpExchange exchange) throws IOException {
        var form = query(exchange);
        if ("POST".equals(exchange.getRequestMethod())) {
            form.putAll(parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (!APP_ID.equals(form.get("client_id")) || !APP_SECRET.equals(form.get("client_secret"))) {
            refuse(exchange, "Error validating client secret.");
            return;
        }
        var code = form.getOrDefault("code", "");
        var pending = codes.get(code);
        if (pending == null) {
            refuse(exchange, "Invalid verification code format.");
            return;
        }
        if (!pending.redirectUri().equals(form.get("redirect_uri"))) {
            refuse(
                    exchange,
                    "Error validating verification code. Please make sure your redirect_uri is identical to the "
                            + "one you used in the OAuth dialog request");
            return;
        }
        if (!pending.challenge().equals(challengeOf(form.getOrDefault("code_verifier", "")))) {
            refuse(exchange, "Invalid code verifier.");
            return;
        }
        if (!codes.remove(code, pending)) {
            refuse(exchange, "This authorization code has been used.");
            return;
        }
        var token = EXCHANGED + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, pending.person().issuedNow());
        exchangedTokens.add(token);
        answer(
                exchange,
                200,
                Json.createObjectBuilder()
                        .add("access_token", token)
                        .add("token_type", "bearer")
                        .add("expires_in", 5183944)
                        .build()
                        .toString());
    }

    private void refuse(HttpExchange exchange, String message) throws IOException {
        answer(
                exchange,
                400,
                Json.createObjectBuilder()
                        .add(
                                "error",
                                Json.createObjectBuilder()
                                        .add("message", message)
                                        .add("type", "OAuthException")
                                        .add("code", 100))
                        .build()
                        .toString());
    }

    /**
     * The login dialog: checks what Facebook checks (our app, a registered redirect address, a code response, a state,
     * an S256 challenge) and shows "continue" and "cancel" links leading back the way Facebook does: the code and the
     * state in the query (and Facebook's {@code #_=_}), a refusal too.
     */
    private void dialog(HttpExchange exchange) throws IOException {
        var query = query(exchange);
        lastDialog = Map.copyOf(query);
        var redirect = query.getOrDefault("redirect_uri", "");
        var person = signedInAtDialog;
        if (!APP_ID.equals(query.get("client_id"))
                || !REDIRECT.equals(redirect)
                || !"code".equals(query.get("response_type"))
                || !query.containsKey("state")
                || !query.getOrDefault("code_challenge", "").matches("[A-Za-z0-9_-]{43}")
                || !"S256".equals(query.get("code_challenge_method"))
                || person == null) {
            page(exchange, 400, "<h1>Fehler</h1><p id=\"refused\">Diese Anmeldung ist nicht möglich.</p>");
            return;
        }
        var code = newCode();
        codes.put(code, new Pending(person, query.get("code_challenge"), redirect));
        var state = URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        var granted = redirect + "?code=" + code + "&state=" + state + "#_=_";
        var cancelled = redirect + "?error=access_denied&error_code=200&error_description=Permissions+error"
                + "&error_reason=user_denied&state=" + state + "#_=_";
        page(
                exchange,
                200,
                "<h1>Facebook</h1><p>Weiter als " + escape(person.firstName()) + "?</p>"
                        + "<a id=\"continue\" href=\"" + escape(granted) + "\">Weiter</a> "
                        + "<a id=\"cancel\" href=\"" + escape(cancelled) + "\">Abbrechen</a>");
    }

    private static String newCode() {
        return "AQ" + UUID.randomUUID().toString().replace("-", "");
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
        return parameters(exchange.getRequestURI().getRawQuery());
    }

    private static Map<String, String> parameters(String raw) {
        var parameters = new HashMap<String, String>();
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

    /** What the login dialog hands the web app for a person: the code, and the verifier and address it kept. */
    public record Grant(String code, String codeVerifier, String redirectUri) {

        /** The body the app posts for it: {code, codeVerifier, redirectUri}. */
        public String json() {
            return Json.createObjectBuilder()
                    .add("code", code)
                    .add("codeVerifier", codeVerifier)
                    .add("redirectUri", redirectUri)
                    .build()
                    .toString();
        }

        /** The same code with another verifier, as someone who took the code without the tab that sent for it has. */
        public Grant withVerifier(String verifier) {
            return new Grant(code, verifier, redirectUri);
        }
    }

    /** A call to a Graph API endpoint with a token, and whether it carried that token's appsecret_proof. */
    public record GraphCall(String path, boolean proven) {}

    private record Pending(Person person, String challenge, String redirectUri) {}

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
