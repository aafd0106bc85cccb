package de.anliegen.notification.control;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** P-256 keys as Web Push writes them: public keys as 65-byte uncompressed points, in Base64url without padding. */
public final class EcKeys {

    private static final ECParameterSpec P256 = parameters();

    private EcKeys() {}

    public static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every Java", e);
        }
    }

    /** The uncompressed point {@code 04 || x || y}, 65 bytes. */
    public static byte[] raw(ECPublicKey key) {
        var raw = new byte[65];
        raw[0] = 4;
        copy(key.getW().getAffineX(), raw, 1);
        copy(key.getW().getAffineY(), raw, 33);
        return raw;
    }

    /** The public key of an uncompressed point; refuses anything that is not a point of P-256. */
    public static ECPublicKey publicKey(byte[] raw) {
        if (raw.length != 65 || raw[0] != 4) {
            throw new IllegalArgumentException("not an uncompressed P-256 point");
        }
        var point = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(raw, 1, 33)), new BigInteger(1, Arrays.copyOfRange(raw, 33, 65)));
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a point of P-256", e);
        }
    }

    /** The private key of a 32-byte scalar. */
    public static ECPrivateKey privateKey(byte[] scalar) {
        try {
            return (ECPrivateKey)
                    KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 private key", e);
        }
    }

    public static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Base64url with or without padding, as browsers and libraries write it. */
    public static byte[] fromBase64url(String text) {
        return Base64.getUrlDecoder()
                .decode(text.strip().replace('+', '-').replace('/', '_').replace("=", ""));
    }

    private static void copy(BigInteger coordinate, byte[] into, int at) {
        var bytes = coordinate.toByteArray();
        var length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
    }

    private static ECParameterSpec parameters() {
        try {
            var parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every Java", e);
        }
    }
}
