package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * TLS 1.3 and 1.2 with forward-secret AEAD suites only. The test JVM lets the client offer anything the JDK knows
 * (src/test/resources/tls-client.security), and each refusal is checked to come from the server.
 */
class TlsIT extends AgainstTheProduct {

    @Test
    void tls_1_3_is_offered() throws IOException {
        assertEquals("TLSv1.3", handshake(new String[] {"TLSv1.3"}, null));
    }

    @Test
    void tls_1_2_is_offered_with_a_forward_secret_aead_suite() throws IOException {
        assertEquals(
                "TLSv1.2", handshake(new String[] {"TLSv1.2"}, new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}));
    }

    @Test
    void tls_1_1_and_1_0_are_refused() {
        assertRefusedByServer(() -> handshake(new String[] {"TLSv1.1", "TLSv1"}, null));
    }

    @Test
    void tls_1_2_cbc_and_static_rsa_suites_are_refused() {
        assertRefusedByServer(() -> handshake(
                new String[] {"TLSv1.2"},
                new String[] {"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256"}));
    }

    private static void assertRefusedByServer(Executable handshake) {
        var refusal = assertThrows(SSLException.class, handshake);
        assertTrue(refusal.getMessage().contains("Received fatal alert"), refusal::toString);
    }

    @Test
    void a_client_cannot_renegotiate() throws IOException {
        try (var socket = open(new String[] {"TLSv1.2"}, null)) {
            socket.startHandshake();
            assertThrows(IOException.class, () -> {
                socket.startHandshake();
                var out = socket.getOutputStream();
                out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (socket.getInputStream().read() < 0) {
                    throw new IOException("closed");
                }
            });
        }
    }

    private static String handshake(String[] protocols, String[] suites) throws IOException {
        try (var socket = open(protocols, suites)) {
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }

    private static SSLSocket open(String[] protocols, String[] suites) throws IOException {
        var socket = (SSLSocket) Api.trustingSelfSigned().getSocketFactory().createSocket("localhost", Api.PORT);
        socket.setSoTimeout(10_000);
        socket.setEnabledProtocols(protocols);
        if (suites != null) {
            socket.setEnabledCipherSuites(suites);
        }
        return socket;
    }
}
