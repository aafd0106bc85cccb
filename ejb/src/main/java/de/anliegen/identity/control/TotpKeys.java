package de.anliegen.identity.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that seal the TOTP secrets kept in the database (AES-256-GCM), read from a file outside the database, so
 * that a copy of the database alone yields no secret. One key a line, {@code <id> <Base64 of 32 random bytes>}; lines
 * starting with {@code #} are comments. The first key seals, every key opens: a new key goes on top, and the old one
 * stays until nothing is sealed with it any more. A sealed secret is bound to its account: copied into another
 * account's row it does not open.
 */
public final class TotpKeys {

    private static final String SEALED = "aes-gcm:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String current;

    private TotpKeys(Map<String, SecretKey> keys) {
        this.keys = keys;
        this.current = keys.keySet().iterator().next();
    }

    /** The keys of a key file's text; {@code source} names the file in the error a bad line gives. */
    public static TotpKeys parse(String text, String source) {
        var keys = new LinkedHashMap<String, SecretKey>();
        var number = 0;
        for (var line : text.split("\\R")) {
            number++;
            var content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            var parts = content.split("\\s+");
            byte[] bytes;
            try {
                bytes = parts.length == 2 ? Base64.getDecoder().decode(parts[1]) : new byte[0];
            } catch (IllegalArgumentException e) {
                bytes = new byte[0];
            }
            if (bytes.length != KEY_BYTES || !parts[0].matches("[A-Za-z0-9._-]{1,40}")) {
                throw new IllegalStateException(source + ", line " + number + ": a key is '<id> <Base64 of " + KEY_BYTES
                        + " random bytes>', the id of letters, digits, '.', '_' or '-'");
            }
            if (keys.putIfAbsent(parts[0], new SecretKeySpec(bytes, "AES")) != null) {
                throw new IllegalStateException(
                        source + ", line " + number + ": the key id " + parts[0] + " is used twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(source + " holds no key");
        }
        return new TotpKeys(keys);
    }

    /** A key file's line with a new random key. */
    public static String newKeyLine(String id) {
        var bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return id + " " + Base64.getEncoder().encodeToString(bytes);
    }

    /** The id of the key that seals. */
    public String current() {
        return current;
    }

    /** The secret sealed with the current key for this account: {@code aes-gcm:<key id>:<nonce and ciphertext>}. */
    public String seal(String secret, long accountId) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        var sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(current), nonce, accountId)
                .apply(secret.getBytes(StandardCharsets.US_ASCII));
        var stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return SEALED + current + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
    }

    /** The secret in clear; a stored value from before sealing (plain Base32) is returned as it is. */
    public String open(String stored, long accountId) {
        if (!isSealed(stored)) {
            return stored;
        }
        var parts = stored.substring(SEALED.length()).split(":", 2);
        var key = keys.get(parts[0]);
        if (key == null) {
            throw new IllegalStateException("the TOTP secret of staff account " + accountId + " is sealed with key "
                    + parts[0] + ", which the key file does not hold");
        }
        var bytes = Base64.getUrlDecoder().decode(parts[1]);
        var nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        var sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, accountId).apply(sealed), StandardCharsets.US_ASCII);
    }

    /** Whether a stored secret is sealed with the key that seals now; if not, it should be sealed anew. */
    public boolean isCurrent(String stored) {
        return isSealed(stored) && stored.startsWith(SEALED + current + ":");
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(SEALED);
    }

    private static Crypt crypt(int mode, SecretKey key, byte[] nonce, long accountId) {
        return input -> {
            try {
                var cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(("staff_account:" + accountId).getBytes(StandardCharsets.US_ASCII));
                return cipher.doFinal(input);
            } catch (AEADBadTagException e) {
                throw new IllegalStateException(
                        "the TOTP secret of staff account " + accountId + " was altered or belongs to another account",
                        e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is part of every Java", e);
            }
        };
    }

    private interface Crypt {
        byte[] apply(byte[] input);
    }
}
