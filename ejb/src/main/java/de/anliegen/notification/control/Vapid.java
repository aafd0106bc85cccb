package de.anliegen.notification.control;

import jakarta.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Voluntary application server identification (RFC 8292): each push request carries a token signed with the
 * operator's P-256 key (ES256), naming the push service's origin, an expiry within 24 hours and a contact, and the
 * public key the browser subscribed with. The key pair is kept as two PEM blocks (PKCS #8 and X.509), as OpenSSL
 * writes them.
 */
public final class Vapid {

    public static final Duration VALID = Duration.ofHours(12);
    /** A token is signed anew after this; until then it serves every push to the same push service. */
    public static final Duration REUSED_FOR = Duration.ofHours(1);

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private final ECPrivateKey privateKey;
    private final ECPublicKey publicKey;
    private final String subject;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    public Vapid(KeyPair keys, String subject) {
        this.privateKey = (ECPrivateKey) keys.getPrivate();
        this.publicKey = (ECPublicKey) keys.getPublic();
        this.subject = subject;
    }

    /** The key pair of a key file's text: a {@code PRIVATE KEY} and a {@code PUBLIC KEY} block. */
    public static KeyPair parse(String pem, String source) {
        byte[] privateBytes = null;
        byte[] publicBytes = null;
        var blocks = PEM.matcher(pem);
        while (blocks.find()) {
            var bytes = Base64.getMimeDecoder().decode(blocks.group(2));
            switch (blocks.group(1)) {
                case "PRIVATE KEY" -> privateBytes = bytes;
                case "PUBLIC KEY" -> publicBytes = bytes;
                default -> {}
            }
        }
        if (privateBytes == null || publicBytes == null) {
            throw new IllegalStateException(source + " must hold the P-256 key pair as a PRIVATE KEY block (PKCS #8)"
                    + " and a PUBLIC KEY block (README, \"Push notifications\")");
        }
        try {
            var factory = KeyFactory.getInstance("EC");
            var keys = new KeyPair(
                    factory.generatePublic(new X509EncodedKeySpec(publicBytes)),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)));
            if (!(keys.getPublic() instanceof ECPublicKey key)
                    || key.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalStateException(source + " holds no P-256 key");
            }
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(source + " holds no readable P-256 key pair: " + e.getMessage(), e);
        }
    }

    /** The key file's text for a key pair. */
    public static String pem(KeyPair keys) {
        var encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN PRIVATE KEY-----\n"
                + encoder.encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n"
                + encoder.encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** The public key the app subscribes with ({@code applicationServerKey}), Base64url. */
    public String publicKey() {
        return EcKeys.base64url(EcKeys.raw(publicKey));
    }

    /**
     * The {@code Authorization} header for a push to this endpoint: {@code vapid t=<JWT>, k=<public key>}. The token
     * names the push service's origin and is reused for an hour (it is valid for twelve): signing is the costly part.
     */
    public String authorization(URI endpoint, Instant now) {
        var audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        var reusable = signed.get(audience);
        if (reusable != null && now.isBefore(reusable.at().plus(REUSED_FOR)) && !now.isBefore(reusable.at())) {
            return reusable.header();
        }
        var fresh = new Signed(sign(audience, now), now);
        signed.put(audience, fresh);
        return fresh.header();
    }

    private String sign(String audience, Instant now) {
        var header = encode(Json.createObjectBuilder()
                .add("typ", "JWT")
                .add("alg", "ES256")
                .build()
                .toString());
        var claims = encode(Json.createObjectBuilder()
                .add("aud", audience)
                .add("exp", now.plus(VALID).getEpochSecond())
                .add("sub", subject)
                .build()
                .toString());
        try {
            var signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(privateKey);
            signer.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return "vapid t=" + header + "." + claims + "." + EcKeys.base64url(signer.sign()) + ", k=" + publicKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 is part of every Java", e);
        }
    }

    private static String encode(String json) {
        return EcKeys.base64url(json.getBytes(StandardCharsets.UTF_8));
    }

    private record Signed(String header, Instant at) {}
}
