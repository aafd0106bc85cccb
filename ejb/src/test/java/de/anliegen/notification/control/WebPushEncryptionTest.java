package de.anliegen.notification.control;

import static de.anliegen.notification.control.EcKeys.fromBase64url;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import org.junit.jupiter.api.Test;

class WebPushEncryptionTest {

    // RFC 8291, appendix A
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String BODY =
            "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCY"
                    + "LocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qul"
                    + "cy4a-fN";

    @Test
    void the_example_of_rfc_8291_encrypts_to_its_body() {
        var server =
                new KeyPair(EcKeys.publicKey(fromBase64url(AS_PUBLIC)), EcKeys.privateKey(fromBase64url(AS_PRIVATE)));
        var plaintext = PLAINTEXT.getBytes(StandardCharsets.UTF_8);

        var body = WebPushEncryption.encrypt(
                plaintext,
                plaintext.length,
                fromBase64url(UA_PUBLIC),
                fromBase64url(AUTH),
                server,
                fromBase64url(SALT));

        assertEquals(BODY, EcKeys.base64url(body));
    }

    @Test
    void the_keys_of_the_example_convert_both_ways() {
        var uaPublic = fromBase64url(UA_PUBLIC);
        assertArrayEquals(uaPublic, EcKeys.raw(EcKeys.publicKey(uaPublic)));
        assertEquals(UA_PRIVATE, EcKeys.base64url(fromBase64url(UA_PRIVATE + "=")));
    }

    @Test
    void the_longest_notification_the_product_sends_has_the_size_of_every_other() {
        var browser = EcKeys.generate();
        var uaPublic = EcKeys.raw((ECPublicKey) browser.getPublic());
        var auth = new byte[16];
        // a company's name and a request's subject at their most characters, each of four bytes, with previews
        var longest = PushTexts.payload(
                "😀".repeat(100), "😀".repeat(200), "/app/#/conversations/" + Long.MAX_VALUE, true, "de");
        var shortest = PushTexts.payload("A", "B", "/app/#/conversations/1", false, "en");

        assertEquals(
                WebPushEncryption.encrypt(shortest.getBytes(StandardCharsets.UTF_8), uaPublic, auth).length,
                WebPushEncryption.encrypt(longest.getBytes(StandardCharsets.UTF_8), uaPublic, auth).length);
    }

    @Test
    void each_message_has_its_own_keys_and_salt_and_a_padded_length() {
        var browser = EcKeys.generate();
        var uaPublic = EcKeys.raw((ECPublicKey) browser.getPublic());
        var auth = new byte[16];

        var first = WebPushEncryption.encrypt("kurz".getBytes(StandardCharsets.UTF_8), uaPublic, auth);
        var second =
                WebPushEncryption.encrypt("etwas länger als kurz".getBytes(StandardCharsets.UTF_8), uaPublic, auth);

        assertEquals(86 + WebPushEncryption.PAD_TO + 1 + 16, first.length, "header, padded record, tag");
        assertEquals(first.length, second.length, "both lengths look the same");
        assertNotEquals(
                EcKeys.base64url(java.util.Arrays.copyOf(first, 86)),
                EcKeys.base64url(java.util.Arrays.copyOf(second, 86)));
    }

    @Test
    void keys_that_are_not_a_subscriptions_are_refused() {
        var plaintext = new byte[] {1};
        assertThrows(
                IllegalArgumentException.class, () -> WebPushEncryption.encrypt(plaintext, new byte[65], new byte[16]));
        var uaPublic = fromBase64url(UA_PUBLIC);
        assertThrows(
                IllegalArgumentException.class, () -> WebPushEncryption.encrypt(plaintext, uaPublic, new byte[15]));
        assertThrows(
                IllegalArgumentException.class,
                () -> WebPushEncryption.encrypt(new byte[5000], uaPublic, new byte[16]));
    }
}
