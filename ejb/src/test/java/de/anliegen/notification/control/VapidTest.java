package de.anliegen.notification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VapidTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void a_push_carries_a_token_for_the_push_services_origin_signed_with_the_key_it_names() throws Exception {
        var keys = EcKeys.generate();
        var vapid = new Vapid(keys, "https://anliegen.example.de");

        var header = vapid.authorization(URI.create("https://push.example.net:8443/wpush/v2/abc?x=1"), NOW);

        var parts = header.split("^vapid t=|, k=");
        var token = parts[1].split("\\.");
        assertEquals(vapid.publicKey(), parts[2]);
        var claims = Json.createReader(
                        new StringReader(new String(EcKeys.fromBase64url(token[1]), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals("https://push.example.net:8443", claims.getString("aud"));
        assertEquals(
                NOW.plus(Vapid.VALID).getEpochSecond(),
                claims.getJsonNumber("exp").longValue());
        assertEquals("https://anliegen.example.de", claims.getString("sub"));
        var verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(EcKeys.publicKey(EcKeys.fromBase64url(parts[2])));
        verifier.update((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(EcKeys.fromBase64url(token[2])), "ES256, 64 bytes of r and s");
    }

    @Test
    void a_token_serves_one_push_service_for_an_hour_and_is_signed_anew_after() {
        var vapid = new Vapid(EcKeys.generate(), "https://anliegen.example.de");
        var service = URI.create("https://push.example.net/a");

        var first = vapid.authorization(service, NOW);

        assertEquals(first, vapid.authorization(URI.create("https://push.example.net/b"), NOW.plusSeconds(3599)));
        assertTrue(!first.equals(vapid.authorization(URI.create("https://other.example.net/a"), NOW)), "per origin");
        assertTrue(!first.equals(vapid.authorization(service, NOW.plus(Vapid.REUSED_FOR))), "signed anew");
    }

    @Test
    void a_key_file_holds_the_pair_as_pem_and_reads_back() {
        var keys = EcKeys.generate();

        var read = Vapid.parse("# a comment\n" + Vapid.pem(keys), "vapid.pem");

        assertArrayEquals(keys.getPrivate().getEncoded(), read.getPrivate().getEncoded());
        assertArrayEquals(keys.getPublic().getEncoded(), read.getPublic().getEncoded());
        var refused = assertThrows(IllegalStateException.class, () -> Vapid.parse("nothing", "vapid.pem"));
        assertTrue(refused.getMessage().startsWith("vapid.pem must hold"), refused.getMessage());
    }
}
