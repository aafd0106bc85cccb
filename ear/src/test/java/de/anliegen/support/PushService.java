package de.anliegen.support;

import com.sun.net.httpserver.HttpServer;
import de.anliegen.notification.control.EcKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's push service on loopback, as the tests' stand-in for Mozilla's or Google's: it hands out subscriptions
 * (an endpoint here, and the keys a browser would make), checks each push's VAPID token (RFC 8292: ES256 by the key it
 * names, for this origin, not expired, the server's key) and headers, decrypts the body as the browser would (RFC 8291)
 * and keeps what it read. A device can be made to have gone (410).
 */
public final class PushService implements AutoCloseable {

    public static final int PORT = 18927 + Api.PORT_OFFSET;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private volatile String serverKey;
    private volatile Consumer<Received> listener = received -> {};

    private PushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 1_000);
        server.createContext("/push/", exchange -> {
            var id = exchange.getRequestURI().getPath().substring("/push/".length());
            var body = exchange.getRequestBody().readAllBytes();
            var device = devices.get(id);
            int status;
            if (device == null) {
                status = 404;
            } else if (answers.containsKey(id)) {
                status = answers.get(id);
            } else {
                var problem = refusal(
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Encoding"),
                        exchange.getRequestHeaders().getFirst("TTL"));
                status = problem == null ? 201 : 400;
                var push = problem == null
                        ? new Received(
                                decrypt(device, body),
                                body.length,
                                exchange.getRequestHeaders().getFirst("Topic"),
                                null)
                        : new Received(null, body.length, null, problem);
                queue(id).add(push);
                listener.accept(push);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // decrypting takes a moment: a few at once, as a push service takes many
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public static PushService start() {
        try {
            return new PushService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + PORT, e);
        }
    }

    /** The key the server signs with, as GET /api/v1/push/key gives it: pushes signed with another are refused. */
    public PushService expecting(String serverKey) {
        this.serverKey = serverKey;
        return this;
    }

    /** Also hands every push it takes (or refuses) to the listener, on the server's thread. */
    public void listen(Consumer<Received> listener) {
        this.listener = listener;
    }

    /** A new device: an endpoint here and the keys its browser made, as PushSubscription.toJSON() gives them. */
    public Device subscribe() {
        var keys = EcKeys.generate();
        var auth = new byte[16];
        RANDOM.nextBytes(auth);
        var device = new Device(UUID.randomUUID().toString(), keys, auth);
        devices.put(device.id(), device);
        return device;
    }

    /** From now on, answer pushes to this device with this status (410: the browser unsubscribed). */
    public void answer(Device device, int status) {
        answers.put(device.id(), status);
    }

    /** The next push to this device, or null if none comes within the time. */
    public Received next(Device device, Duration within) throws InterruptedException {
        return queue(device.id()).poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private BlockingQueue<Received> queue(String id) {
        return received.computeIfAbsent(id, key -> new LinkedBlockingQueue<>());
    }

    /** What is wrong with a push's headers, or null. */
    private String refusal(String authorization, String encoding, String ttl) {
        if (!"aes128gcm".equals(encoding) || ttl == null) {
            return "Content-Encoding " + encoding + ", TTL " + ttl;
        }
        if (authorization == null || !authorization.startsWith("vapid t=")) {
            return "no VAPID authorization: " + authorization;
        }
        var parts = authorization.substring("vapid t=".length()).split(", k=");
        var token = parts[0].split("\\.");
        try {
            if (serverKey != null && !serverKey.equals(parts[1])) {
                return "signed with another key";
            }
            var verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(EcKeys.publicKey(EcKeys.fromBase64url(parts[1])));
            verifier.update((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(EcKeys.fromBase64url(token[2]))) {
                return "the signature does not verify";
            }
            var claims = json(new String(EcKeys.fromBase64url(token[1]), StandardCharsets.UTF_8));
            var expires = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue());
            if (!claims.getString("aud").equals("http://127.0.0.1:" + PORT)
                    || expires.isBefore(Instant.now())
                    || expires.isAfter(Instant.now().plus(Duration.ofHours(24)))
                    || claims.getString("sub").isBlank()) {
                return "claims " + claims;
            }
            return null;
        } catch (Exception e) {
            return "VAPID: " + e;
        }
    }

    /** What the browser's service worker would read (RFC 8291 with RFC 8188's aes128gcm, one record). */
    private static JsonObject decrypt(Device device, byte[] body) {
        try {
            var header = ByteBuffer.wrap(body);
            var salt = new byte[16];
            header.get(salt);
            header.getInt(); // record size
            var serverPublic = new byte[header.get()];
            header.get(serverPublic);
            var ciphertext = Arrays.copyOfRange(body, header.position(), body.length);
            var agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(device.keys().getPrivate());
            agreement.doPhase(EcKeys.publicKey(serverPublic), true);
            var devicePublic = EcKeys.raw((ECPublicKey) device.keys().getPublic());
            var info = ByteBuffer.allocate(14 + 130)
                    .put("WebPush: info\0".getBytes(StandardCharsets.US_ASCII))
                    .put(devicePublic)
                    .put(serverPublic)
                    .array();
            var ikm = expand(hmac(device.auth(), agreement.generateSecret()), info, 32);
            var prk = hmac(salt, ikm);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(
                            expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16),
                            "AES"),
                    new GCMParameterSpec(
                            128, expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12)));
            var record = cipher.doFinal(ciphertext);
            var end = record.length - 1;
            while (record[end] == 0) {
                end--; // padding
            }
            if (record[end] != 2) {
                throw new AssertionError("the last record ends without its delimiter 2");
            }
            return json(new String(record, 0, end, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("the push did not decrypt: " + e, e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] expand(byte[] prk, byte[] info, int length) throws Exception {
        var input = Arrays.copyOf(info, info.length + 1);
        input[info.length] = 1;
        return Arrays.copyOf(hmac(prk, input), length);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A browser's subscription: its endpoint here, its key pair and auth secret. */
    public record Device(String id, KeyPair keys, byte[] auth) {

        public String endpoint() {
            return "http://127.0.0.1:" + PORT + "/push/" + id;
        }

        /** The body of PUT /api/v1/me/push-subscriptions/{id}. */
        public JsonObject subscription(boolean previews, String language) {
            return Json.createObjectBuilder()
                    .add("endpoint", endpoint())
                    .add(
                            "keys",
                            Json.createObjectBuilder()
                                    .add("p256dh", EcKeys.base64url(EcKeys.raw((ECPublicKey) keys.getPublic())))
                                    .add("auth", EcKeys.base64url(auth)))
                    .add("previews", previews)
                    .add("language", language)
                    .build();
        }
    }

    /** One push as the device read it: the notification (null if refused), the body's size, the topic. */
    public record Received(JsonObject notification, int size, String topic, String refused) {}
}
