package de.anliegen.notification.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188): a notification is
 * encrypted for the browser that subscribed, so the push service in between carries bytes it cannot read. Each
 * message has a fresh key pair and salt; its plaintext is padded to {@link #PAD_TO} bytes, so that every notification
 * has the same size (what the product says can never be longer; were it, a multiple of that size).
 */
public final class WebPushEncryption {

    public static final int PAD_TO = 1024;
    private static final int RECORD_SIZE = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebPushEncryption() {}

    /** The request body for a subscription's keys ({@code p256dh}, {@code auth}). */
    public static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret) {
        var salt = new byte[16];
        RANDOM.nextBytes(salt);
        var padded = Arrays.copyOf(plaintext, roundUp(plaintext.length));
        return encrypt(padded, plaintext.length, userAgentPublic, authSecret, EcKeys.generate(), salt);
    }

    /**
     * The body for given ephemeral keys and salt (the RFC's example fixes them): {@code length} bytes of
     * {@code plaintext} are the message, the rest padding.
     */
    static byte[] encrypt(
            byte[] plaintext, int length, byte[] userAgentPublic, byte[] authSecret, KeyPair server, byte[] salt) {
        if (authSecret.length != 16) {
            throw new IllegalArgumentException("the auth secret has 16 bytes");
        }
        if (plaintext.length + 1 + 16 + 86 > RECORD_SIZE) {
            throw new IllegalArgumentException("too long for one record");
        }
        try {
            var agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(server.getPrivate());
            agreement.doPhase(EcKeys.publicKey(userAgentPublic), true);
            var ecdhSecret = agreement.generateSecret();
            var serverPublic = EcKeys.raw((ECPublicKey) server.getPublic());
            var keyInfo = ByteBuffer.allocate(14 + 65 + 65)
                    .put("WebPush: info\0".getBytes(StandardCharsets.US_ASCII))
                    .put(userAgentPublic)
                    .put(serverPublic)
                    .array();
            var ikm = expand(hmac(authSecret, ecdhSecret), keyInfo, 32);
            var prk = hmac(salt, ikm);
            var key = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            var nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            // the last (and only) record: the message, its delimiter 0x02, then zeros as padding
            var record = new byte[plaintext.length + 1];
            System.arraycopy(plaintext, 0, record, 0, length);
            record[length] = 2;
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            var ciphertext = cipher.doFinal(record);
            return ByteBuffer.allocate(16 + 4 + 1 + 65 + ciphertext.length)
                    .put(salt)
                    .putInt(RECORD_SIZE)
                    .put((byte) 65)
                    .put(serverPublic)
                    .put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the subscription's key is not usable: " + e.getMessage(), e);
        }
    }

    private static int roundUp(int length) {
        return Math.max(PAD_TO, (length + PAD_TO - 1) / PAD_TO * PAD_TO);
    }

    static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    /** HKDF-Expand (RFC 5869) for at most one block. */
    static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        var input = Arrays.copyOf(info, info.length + 1);
        input[info.length] = 1;
        return Arrays.copyOf(hmac(prk, input), length);
    }
}
