package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the security headers, and no policy lets a page load anything from another origin. */
class SecurityHeadersIT extends AgainstTheProduct {

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/portal/login.xhtml", "/health", "/api/dev/outbox", "/api/v1/unknown", "/no-such-page"})
    void every_response_carries_the_security_headers(String path) {
        var reply = Api.get(path);

        assertTrue(
                reply.header("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"), reply::toString);
        assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", reply.header("Referrer-Policy").orElse(""));
        assertEquals("same-origin", reply.header("Cross-Origin-Opener-Policy").orElse(""));
        assertEquals("same-origin", reply.header("Cross-Origin-Resource-Policy").orElse(""));
        assertTrue(reply.header("Permissions-Policy").orElse("").contains("camera=()"), reply::toString);
        assertEquals(
                1,
                reply.response().headers().allValues("Content-Security-Policy").size(),
                "one policy only");
        var policy = reply.header("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertAllowsNoOtherOrigin(policy);
    }

    @Test
    void a_postback_without_the_pages_nonce_is_refused_with_400_and_the_security_headers() {
        var page = Api.get("/portal/login.xhtml");
        var session = page.header("Set-Cookie").orElseThrow().split(";")[0];
        var viewState = page.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        var form = "login=login&login%3Aemail=a%40b.example&login%3Apassword=x&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8);

        var refused = Api.send(Api.request("/portal/login.xhtml")
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());

        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("Anfrage abgelehnt"), refused::toString);
        assertTrue(refused.header("Strict-Transport-Security").isPresent(), refused::toString);
        assertEquals("nosniff", refused.header("X-Content-Type-Options").orElse(""));
        assertTrue(refused.header("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }

    @Test
    void faces_views_allow_their_own_inline_scripts_by_nonce_only() {
        var reply = Api.get("/portal/login.xhtml");
        var policy = reply.header("Content-Security-Policy").orElseThrow();

        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?$"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        var scriptSources = policy.substring(policy.indexOf("script-src"));
        assertFalse(scriptSources.contains("unsafe-inline"), policy);
    }

    @Test
    void plain_http_is_redirected_to_https_with_path_and_query() throws Exception {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var response = client.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + Api.PLAIN_PORT + "/api/v1/conversations?after=12"))
                        .build(),
                BodyHandlers.discarding());

        assertEquals(302, response.statusCode());
        assertEquals(
                // configure.cli redirects to port 8443, whichever of the tests' servers answers (Api.PORT_OFFSET)
                "https://localhost:8443/api/v1/conversations?after=12",
                response.headers().firstValue("Location").orElse(""));
    }

    private static void assertAllowsNoOtherOrigin(String policy) {
        for (var directive : policy.split(";")) {
            var sources = directive.trim().split("\\s+");
            Arrays.stream(sources)
                    .skip(1)
                    .forEach(source -> assertTrue(
                            source.startsWith("'") || source.equals("data:"),
                            () -> "'" + source + "' in " + directive.trim() + " admits another origin"));
        }
    }
}
