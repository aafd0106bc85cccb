package de.anliegen.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The tests' HTTP client: a real client over HTTPS against the test JVM's server on localhost. It trusts the dev
 * server's self-signed certificate (generated on first start) and never follows redirects, so tests see them.
 */
public final class Api {

    /**
     * The ports of the test's server lie this far above the usual ones. The dev-mode tests run in two Failsafe forks at
     * once, each with a server of its own (ear/pom.xml, arquillian.xml, ADR 29): the first fork's on the usual ports,
     * the second's 1000 above. A test JVM knows its server by the name Arquillian starts it by (dev-mode-2); an
     * in-container test, inside the server, knows the server's port offset. The loopback servers a test starts for
     * the outside world (Facebook, a push service) move with it.
     */
    public static final int PORT_OFFSET = Integer.getInteger(
            "jboss.socket.binding.port-offset",
            "dev-mode-2".equals(System.getProperty("arquillian.launch")) ? 1000 : 0);
    /** Which of the two dev-mode test servers this is: 1 or 2. */
    public static final int FORK = 1 + PORT_OFFSET / 1000;

    public static final int PORT = 8443 + PORT_OFFSET;
    /** Its plain HTTP listener, which only redirects. */
    public static final int PLAIN_PORT = 8080 + PORT_OFFSET;

    public static final URI BASE = URI.create("https://localhost:" + PORT);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .sslContext(trustingSelfSigned())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Api() {}

    public static Reply get(String path) {
        return send(request(path).GET().build());
    }

    public static Reply get(String path, String accessToken) {
        return send(request(path)
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build());
    }

    /** A GET as a browser holding these cookies ({@code name=value; name=value}) makes it. */
    public static Reply getWithCookies(String path, String cookies) {
        return send(request(path).header("Cookie", cookies).GET().build());
    }

    public static Reply post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public static Reply post(String path, String json, String accessToken) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .POST(BodyPublishers.ofString(json))
                .build());
    }

    /** Any method with a JSON body, as the signed-in consumer. */
    public static Reply sendJson(String method, String path, String json, String accessToken) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .method(method, BodyPublishers.ofString(json))
                .build());
    }

    public static Reply delete(String path, String accessToken) {
        return send(request(path)
                .header("Authorization", "Bearer " + accessToken)
                .DELETE()
                .build());
    }

    public static Reply send(String method, String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, BodyPublishers.ofString(body))
                .build());
    }

    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    public static Reply send(HttpRequest request) {
        try {
            return new Reply(CLIENT.send(request, BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client-side SSL context that accepts the dev server's self-signed certificate. Tests only. */
    public static SSLContext trustingSelfSigned() {
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What came back, with the JSON body parsed on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** The value this response sets for the cookie, if it sets it. */
        public Optional<String> cookie(String name) {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith(name + "="))
                    .map(cookie -> cookie.substring(name.length() + 1).split(";", 2)[0])
                    .findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
        }
    }

    public static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
