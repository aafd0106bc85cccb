package de.anliegen.web.stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AsyncApiResourceTest {

    private static final String DOCUMENT = AsyncApiResource.template();

    @Test
    void the_server_is_the_public_address_with_the_streams_path() {
        var served = AsyncApiResource.forAddress(DOCUMENT, "https://anliegen.example");

        assertTrue(served.contains("\n    host: anliegen.example\n    pathname: /api/v1\n    protocol: wss\n"));
        assertFalse(served.contains("${"), "every blank filled in");
    }

    @Test
    void a_port_and_a_path_of_the_public_address_are_kept() {
        var served = AsyncApiResource.forAddress(DOCUMENT, "https://example.org:8443/anliegen/");

        assertTrue(served.contains("\n    host: example.org:8443\n    pathname: /anliegen/api/v1\n"));
    }

    @Test
    void a_plain_http_address_has_a_plain_socket() {
        assertTrue(
                AsyncApiResource.forAddress(DOCUMENT, "http://localhost:8080").contains("\n    protocol: ws\n"));
    }

    @Test
    void the_document_states_the_limits_the_stream_keeps() {
        assertTrue(DOCUMENT.contains("has sent no frame for " + StreamEndpoint.MOST_IDLE_MILLIS / 1000 + " seconds"));
        assertTrue(DOCUMENT.contains("is at most " + StreamEndpoint.MOST_FRAME_BYTES + " bytes"));
        assertTrue(DOCUMENT.contains("more than " + StreamSockets.MOST_FRAMES + " frames within "
                + StreamSockets.FRAME_WINDOW_MILLIS / 1000 + " seconds"));
        assertTrue(DOCUMENT.contains("missed more than " + thousands(StreamSockets.MOST_REPLAYED) + " events"));
        assertTrue(DOCUMENT.contains("more than " + thousands(StreamSockets.MOST_PENDING) + " frames waited"));
    }

    private static String thousands(int number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }
}
