package de.anliegen.identity.control;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 with HMAC-SHA1, 6 digits, 30-second steps), as authenticator apps make
 * them. A code counts for its own step and the one before and after (clocks drift), and never twice.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new shared secret of 160 bits, in Base32 as authenticator apps take it. */
    public static String newSecret() {
        var bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return encode(bytes);
    }

    /** The time step an instant falls into. */
    public static long stepOf(Instant instant) {
        return instant.getEpochSecond() / STEP_SECONDS;
    }

    /** The six-digit code of a step. */
    public static String code(String secret, long step) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(secret), "HmacSHA1"));
            var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            var offset = hash[hash.length - 1] & 0x0f;
            var binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java", e);
        }
    }

    /**
     * The step this code belongs to, if it is the code of the current step or a neighbour and newer than
     * {@code lastUsedStep}; else -1.
     */
    public static long matchingStep(String secret, String code, Instant now, Long lastUsedStep) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return -1;
        }
        var typed = code.strip();
        var current = stepOf(now);
        for (var step = current - 1; step <= current + 1; step++) {
            var unused = lastUsedStep == null || step > lastUsedStep;
            if (unused && Secrets.same(code(secret, step), typed)) {
                return step;
            }
        }
        return -1;
    }

    /** The otpauth URI that authenticator apps read from a QR code. */
    public static String uri(String issuer, String account, String secret) {
        var label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    static String encode(byte[] bytes) {
        var out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (var b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] decode(String text) {
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (var c : text.toUpperCase(Locale.ROOT).replace(" ", "").toCharArray()) {
            var value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
