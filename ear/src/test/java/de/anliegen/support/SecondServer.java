package de.anliegen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A server of the product the test starts and kills itself, beside the one Arquillian manages: the build's WildFly
 * with a base directory of its own (its H2 database, its log), ports 100 above the usual, its own node name, the EAR
 * as built, in dev mode. The database is H2 unless the environment names another (DB_*), as for the other server.
 * {@link #clusterNode} makes a node of a cluster instead ({@link Cluster}).
 */
public final class SecondServer implements AutoCloseable {

    public static final int PORT = 8543;
    public static final URI BASE = URI.create("https://localhost:" + PORT);
    public static final URI STREAM = URI.create("wss://localhost:" + PORT);

    private static final Pattern DEPLOYMENTS = Pattern.compile("<deployments>.*?</deployments>", Pattern.DOTALL);

    private final Path base;
    private final String configuration;
    private final int portOffset;
    private final RemoteApi api;
    private final Map<String, String> environment;
    private final List<Path> configurationFiles;
    private Process process;

    public SecondServer(String name) {
        this(name, Map.of());
    }

    /** With these environment variables over the test's own (DB_URL for a database behind a {@link TcpGate}, say). */
    public SecondServer(String name, Map<String, String> environment) {
        this(name, "standalone-full.xml", 100, BASE, environment, List.of());
    }

    private SecondServer(
            String name,
            String configuration,
            int portOffset,
            URI reachedAt,
            Map<String, String> environment,
            List<Path> configurationFiles) {
        base = Path.of("target", name).toAbsolutePath();
        this.configuration = configuration;
        this.portOffset = portOffset;
        this.api = new RemoteApi(reachedAt);
        this.environment = environment;
        this.configurationFiles = configurationFiles;
    }

    /**
     * A node of a cluster (standalone-full-ha.xml, cluster.cli): its listeners take connections only through the
     * load balancer, so it is reached at {@code reachedAt}, a frontend of the balancer that leads to it alone. The
     * files (the key store all nodes share) go into its configuration directory.
     */
    public static SecondServer clusterNode(
            String name, int portOffset, URI reachedAt, Map<String, String> environment, List<Path> files) {
        return new SecondServer(name, "standalone-full-ha.xml", portOffset, reachedAt, environment, files);
    }

    /** Its API (and stream), as the tests reach it. */
    public RemoteApi api() {
        return api;
    }

    /** Its console output so far. */
    public String console() {
        try {
            return Files.readString(base.resolve("console.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it (on a fresh copy of the server's base directory the first time) and waits until it is healthy. */
    public void start() {
        try {
            if (process == null) {
                delete(base);
                copy(Path.of(System.getProperty("wildfly.home"), "standalone"), base);
                // a server started by hand (`mvn package -Pstart`) keeps its deployment in the configuration
                var configured = base.resolve("configuration").resolve(configuration);
                Files.writeString(
                        configured,
                        DEPLOYMENTS.matcher(Files.readString(configured)).replaceAll(""));
                for (var file : configurationFiles) {
                    Files.copy(
                            file,
                            base.resolve("configuration").resolve(file.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                Files.copy(
                        Path.of(System.getProperty("anliegen.ear", "target/anliegen.ear")),
                        base.resolve("deployments/anliegen.ear"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("wildfly.home"), "bin", "standalone.sh")
                            .toString(),
                    "-c",
                    configuration,
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.socket.binding.port-offset=" + portOffset,
                    "-Djboss.node.name=" + base.getFileName(),
                    "-Danliegen.mode=dev",
                    "-Danliegen.codes.per.ip.per.hour=100000",
                    "-Danliegen.sign.in.failures.per.ip=100000",
                    // every node of an installation seals TOTP secrets with the same keys: the first server's
                    "-Danliegen.totp.key.file="
                            + Path.of("target", "it-dev-mode-" + Api.FORK + "-data", "totp.keys")
                                    .toAbsolutePath()));
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
                if (api.get("/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            pause(500);
        }
        throw new AssertionError(base.getFileName() + " did not become healthy; see " + base + "/console.log");
    }

    /**
     * What each thread of its JVM is doing now ({@code jcmd Thread.print}), for a test that finds it not answering; the
     * dump is also written beside its console log.
     */
    public String threadDump() {
        var dump = new StringBuilder();
        process.descendants()
                .filter(child -> child.info().command().orElse("").endsWith("java"))
                .forEach(jvm -> {
                    try {
                        var jcmd = new ProcessBuilder(
                                        Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                                .toString(),
                                        String.valueOf(jvm.pid()),
                                        "Thread.print")
                                .redirectErrorStream(true)
                                .start();
                        dump.append(new String(jcmd.getInputStream().readAllBytes()));
                        jcmd.waitFor();
                        Files.writeString(base.resolve("threads-" + System.currentTimeMillis() + ".txt"), dump);
                    } catch (IOException e) {
                        dump.append("no thread dump: ").append(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        return dump.toString();
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

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
