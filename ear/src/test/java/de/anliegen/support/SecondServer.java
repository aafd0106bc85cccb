package de.anliegen.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A server of the product the test starts and kills itself, beside the one Arquillian manages: the build's WildFly
 * with a base directory of its own (its H2 database, its log), ports 100 above the usual, its own node name, the EAR
 * as built, in dev mode. The database is H2 unless the environment names another (DB_*), as for the other server.
 */
public final class SecondServer implements AutoCloseable {

    public static final int PORT = 8543;
    public static final URI BASE = URI.create("https://localhost:" + PORT);
    public static final URI STREAM = URI.create("wss://localhost:" + PORT);

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern DEPLOYMENTS = Pattern.compile("<deployments>.*?</deployments>", Pattern.DOTALL);

    private final Path base;
    private final Map<String, String> environment;
    private Process process;

    public SecondServer(String name) {
        this(name, Map.of());
    }

    /** With these environment variables over the test's own (DB_URL for a database behind a {@link TcpGate}, say). */
    public SecondServer(String name, Map<String, String> environment) {
        base = Path.of("target", name).toAbsolutePath();
        this.environment = environment;
    }

    /** Starts it (on a fresh copy of the server's base directory the first time) and waits until it is healthy. */
    public void start() {
        try {
            if (process == null) {
                delete(base);
                copy(Path.of(System.getProperty("wildfly.home"), "standalone"), base);
                // a server started by hand (`mvn package -Pstart`) keeps its deployment in the configuration
                var configuration = base.resolve("configuration/standalone-full.xml");
                Files.writeString(
                        configuration,
                        DEPLOYMENTS.matcher(Files.readString(configuration)).replaceAll(""));
                Files.copy(
                        Path.of(System.getProperty("anliegen.ear", "target/anliegen.ear")),
                        base.resolve("deployments/anliegen.ear"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("wildfly.home"), "bin", "standalone.sh")
                            .toString(),
                    "-c",
                    "standalone-full.xml",
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.socket.binding.port-offset=100",
                    "-Djboss.node.name=" + base.getFileName(),
                    "-Danliegen.mode=dev",
                    "-Danliegen.codes.per.ip.per.hour=100000",
                    "-Danliegen.sign.in.failures.per.ip=100000",
                    // every node of an installation seals TOTP secrets with the same keys: the first server's
                    "-Danliegen.totp.key.file="
                            + Path.of("target", "it-dev-mode-data", "totp.keys").toAbsolutePath()));
            var builder = new ProcessBuilder(command);
            // a test server that lives for a minute: the quick compiler alone starts it with less CPU (ADR 7)
            builder.environment().put("PREPEND_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
            builder.environment().putAll(environment);
            process = builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            base.resolve("console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until && process.isAlive()) {
            try {
                if (get("/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            pause(500);
        }
        throw new AssertionError("the second server did not become healthy; see " + base + "/console.log");
    }

    /** {@code kill -9} of the server's JVM: no shutdown, no transaction completes that has not committed. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pause(500);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    public Api.Reply get(String path) {
        return get(path, null);
    }

    public Api.Reply get(String path, String accessToken) {
        var request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return Api.send(request.GET().build());
    }

    public Api.Reply post(String path, String json, String accessToken) {
        var request = HttpRequest.newBuilder(BASE.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return Api.send(request.POST(BodyPublishers.ofString(json)).build());
    }

    /** A new consumer on this server, registered and signed in: their access token. */
    public String signUp(String firstName, String lastName) {
        var number = Consumers.newMobileNumber();
        var registration = post(
                "/api/v1/registrations",
                Json.createObjectBuilder()
                        .add("firstName", firstName)
                        .add("lastName", lastName)
                        .add("mobileNumber", number)
                        .build()
                        .toString(),
                null);
        var code = get("/api/dev/outbox?limit=200").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("recipient").equals(number))
                .map(entry -> CODE.matcher(entry.getString("body")))
                .filter(matcher -> matcher.find())
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElseThrow();
        var verified = post(
                "/api/v1/registrations/" + registration.json().getString("id") + "/verification",
                Json.createObjectBuilder().add("code", code).build().toString(),
                null);
        return verified.json().getJsonObject("tokens").getString("accessToken");
    }

    /** A new consumer on this server, connected with the Stadtwerke: their access token. */
    public String stadtwerkeCustomer(String firstName, String lastName) {
        var consumer = signUp(firstName, lastName);
        post("/api/v1/me/companies/" + ServiceRequests.STADTWERKE, "", consumer);
        return consumer;
    }

    /** The demo agent of the Stadtwerke, signed in to the API on this server: their access token. */
    public String stadtwerkeAgent() {
        return post(
                        "/api/v1/staff/sessions",
                        Json.createObjectBuilder()
                                .add("email", "agent@stadtwerke-musterstadt.example")
                                .add("password", "demo-agent-2026")
                                .build()
                                .toString(),
                        null)
                .json()
                .getString("accessToken");
    }

    /** {@code count} new service requests of the consumer to the Stadtwerke: their conversations' ids. */
    public List<Long> openConversations(String consumer, int count, String subject) {
        var conversations = new ArrayList<Long>();
        for (var i = 0; i < count; i++) {
            conversations.add(post(
                            "/api/v1/conversations",
                            Json.createObjectBuilder()
                                    .add("company", ServiceRequests.STADTWERKE)
                                    .add("subject", subject + " " + i)
                                    .add("text", "Am Anfang")
                                    .add("requestId", UUID.randomUUID().toString())
                                    .build()
                                    .toString(),
                            consumer)
                    .json()
                    .getJsonNumber("id")
                    .longValue());
        }
        return conversations;
    }

    /** A message of the consumer with this client message id. */
    public Api.Reply send(String consumer, long conversation, String clientMessageId) {
        return post(
                "/api/v1/conversations/" + conversation + "/messages",
                Json.createObjectBuilder()
                        .add("clientMessageId", clientMessageId)
                        .add("text", "Nachricht " + clientMessageId)
                        .build()
                        .toString(),
                consumer);
    }

    /** The client message ids of every message stored in these conversations, as often as each is stored. */
    public List<String> clientMessageIds(String consumer, List<Long> conversations) {
        var ids = new ArrayList<String>();
        for (var conversation : conversations) {
            var after = 0L;
            while (true) {
                var page = get(
                                "/api/v1/conversations/" + conversation + "/messages?after=" + after + "&limit=200",
                                consumer)
                        .json();
                for (var message : page.getJsonArray("messages").getValuesAs(JsonObject.class)) {
                    ids.add(message.getString("clientMessageId"));
                }
                after = page.getJsonNumber("next").longValue();
                if (!page.getBoolean("more")) {
                    break;
                }
            }
        }
        return ids;
    }

    private static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (var paths = Files.walk(tree)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (var path : paths.sorted(Comparator.naturalOrder()).toList()) {
                // the server's own folders, not the checkout's path (a clone under /tmp holds "/tmp/" everywhere)
                var relative = from.relativize(path);
                var target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!List.of("deployments", "data", "tmp", "log")
                        .contains(relative.getName(0).toString())) {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
