package de.anliegen.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import de.anliegen.platform.problems.Unavailable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS gateway against a real HTTP server on loopback that stands in for the provider. */
class HttpSmsGatewayTest {

    private final List<Received> received = new ArrayList<>();
    private HttpServer provider;
    private int answer = 200;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/send", exchange -> {
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void posts_the_template_with_number_and_text_escaped_as_json() {
        var gateway = gateway("application/json", "{\"to\":\"{to}\",\"message\":\"{text}\"}", "anliegen", "s3cret");

        gateway.send("+4915123456789", "Ihr Code: 123456 \"gültig\"\n10 Minuten");

        assertEquals(1, received.size());
        var request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("application/json", request.contentType());
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString("anliegen:s3cret".getBytes(StandardCharsets.UTF_8)),
                request.authorization());
        assertEquals(
                "{\"to\":\"+4915123456789\",\"message\":\"Ihr Code: 123456 \\\"gültig\\\"\\n10 Minuten\"}",
                request.body());
    }

    @Test
    void form_templates_are_url_encoded_and_no_credentials_means_no_authorization() {
        var gateway = gateway("application/x-www-form-urlencoded", "recipient={to}&text={text}", "", "");

        gateway.send("+4915123456789", "Code 123456 & mehr");

        assertEquals(
                "recipient=%2B4915123456789&text=Code+123456+%26+mehr",
                received.get(0).body());
        assertEquals(null, received.get(0).authorization());
    }

    @Test
    void a_refusing_provider_makes_the_send_fail_clearly() {
        answer = 500;
        var gateway = gateway("application/json", "{\"to\":\"{to}\",\"text\":\"{text}\"}", "", "");

        var failure = assertThrows(Unavailable.class, () -> gateway.send("+4915123456789", "x"));
        assertTrue(failure.getMessage().contains("cannot be sent"), failure.getMessage());
    }

    @Test
    void only_https_leaves_the_machine() {
        var failure = assertThrows(
                IllegalStateException.class,
                () -> new HttpSmsGateway(URI.create("http://sms.example.com/send"), "", "", "application/json", "{}"));
        assertTrue(failure.getMessage().contains("https"), failure.getMessage());
    }

    private HttpSmsGateway gateway(String contentType, String template, String user, String password) {
        var url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/send");
        return new HttpSmsGateway(url, user, password, contentType, template);
    }

    private record Received(String method, String contentType, String authorization, String body) {}
}
