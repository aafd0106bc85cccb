package de.anliegen.support;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on loopback that stands in for the operator's SMS provider; the production-mode server is
 * configured to send to it (arquillian.xml). It keeps what it received.
 */
public final class SmsProvider implements AutoCloseable {

    public static final int PORT = 18925;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 200;

    private SmsProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/sms", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    public static SmsProvider start() {
        try {
            return new SmsProvider();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + PORT, e);
        }
    }

    /** From now on, answer every send with this status. */
    public void answer(int status) {
        answer = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The newest message to this number. */
    public Received lastTo(String mobileNumber) {
        for (var i = received.size() - 1; i >= 0; i--) {
            if (received.get(i).json().getString("to").equals(mobileNumber)) {
                return received.get(i);
            }
        }
        throw new AssertionError("the SMS provider received nothing for " + mobileNumber);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record Received(String authorization, String body) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String code() {
            var matcher = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(json().getString("text"));
            if (!matcher.find()) {
                throw new AssertionError("no code in " + body);
            }
            return matcher.group(1);
        }
    }
}
