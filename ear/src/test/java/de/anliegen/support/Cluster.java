package de.anliegen.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.spec.SecretKeySpec;

/**
 * The product as a cluster, as {@code mvn package -Pcluster} runs it (ADR 12): two nodes of the build's server
 * (standalone-full-ha.xml, configured by cluster.cli) on port offsets 100 and 200, HAProxy in front with
 * docker/haproxy.cfg, and a fresh MariaDB database of their own beside the tests' one. Besides the balancer's frontend
 * the test's haproxy file opens one frontend per node ({@link #node}).
 */
public final class Cluster implements AutoCloseable {

    public static final URI BALANCER = URI.create("https://localhost:8840");
    public static final String DATABASE = "anliegen_cluster_it";

    private static final Pattern DATABASE_OF_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)");
    private static final List<URI> DIRECT = List.of(
            URI.create("https://localhost:8842"),
            URI.create("https://localhost:8843"),
            URI.create("https://localhost:8844"));

    /** The balancer's, the nodes' HTTPS and management, and their brokers' ports: all must be free. */
    private static final List<Integer> PORTS =
            List.of(8840, 8841, 8842, 8843, 8844, 8543, 8643, 8743, 10090, 10190, 10290, 5645, 5745, 5845);

    /** The nodes' JGroups port and their brokers' bridge (cluster.cli), before the port offset. */
    private static final int JGROUPS_PORT = 7600;

    private static final int BROKERS_PORT = 5545;

    private final Path work = Path.of("target", "cluster-it").toAbsolutePath();
    private final String databaseUrl;
    private final List<SecondServer> nodes = new ArrayList<>();
    private CompletableFuture<SecondServer> starting;
    /**
     * Each node's cluster traffic (JGroups) reaches it through a relay, which the node names to the others
     * (ANLIEGEN_CLUSTER_EXTERNAL_PORT), as behind a port mapping.
     */
    private final List<TcpGate> network = new ArrayList<>();

    private Process balancer;
    /** Between the two nodes: their cluster traffic (JGroups, at their ports and their relays') and their brokers'. */
    private LoopbackFirewall between;

    private Cluster() {
        databaseUrl = DATABASE_OF_URL.matcher(System.getenv("DB_URL")).replaceFirst("$1" + DATABASE);
    }

    /** The port offset of node {@code index}: 100, 200. */
    private static int offset(int index) {
        return 100 * (index + 1);
    }

    /** Starts the balancer, then the nodes one after the other (the first migrates the database), all healthy. */
    public static Cluster start() {
        var cluster = new Cluster();
        try {
            cluster.prepare();
            cluster.balancer = cluster.startBalancer();
            var betweenNodes = new ArrayList<Integer>();
            for (var i = 0; i < 2; i++) {
                var gate = new TcpGate("127.0.0.1", JGROUPS_PORT + offset(i));
                cluster.network.add(gate);
                betweenNodes.addAll(List.of(JGROUPS_PORT + offset(i), gate.port(), BROKERS_PORT + offset(i)));
            }
            cluster.between = new LoopbackFirewall(betweenNodes);
            for (var i = 0; i < 2; i++) {
                var environment = cluster.nodeEnvironment();
                environment.put(
                        "ANLIEGEN_CLUSTER_EXTERNAL_PORT",
                        String.valueOf(cluster.network.get(i).port()));
                var node = SecondServer.clusterNode(
                        cluster.nodeName(i),
                        offset(i),
                        DIRECT.get(i),
                        environment,
                        List.of(cluster.work.resolve("application.keystore")));
                cluster.nodes.add(node);
                node.start();
            }
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * A node of another installation, starting on a thread of its own (its boot overlaps the test's other steps): the
     * same member list and database, but a key of its own (port offset 300, reached at its own frontend). The node is
     * one of the cluster's from now on, so that {@link #close} stops it whatever happens to its start.
     */
    public CompletableFuture<SecondServer> strangerStarting() {
        var environment = nodeEnvironment();
        environment.put("ANLIEGEN_CLUSTER_KEY_FILE", writeKey("stranger.keys").toString());
        var stranger = SecondServer.clusterNode(
                "cluster-stranger", 300, DIRECT.get(2), environment, List.of(work.resolve("application.keystore")));
        nodes.add(stranger);
        starting = CompletableFuture.supplyAsync(() -> {
            stranger.start();
            return stranger;
        });
        return starting;
    }

    /** The API through the balancer. */
    public RemoteApi api() {
        return new RemoteApi(BALANCER);
    }

    /** The node {@code index} (0 or 1), reached through its own frontend. */
    public SecondServer node(int index) {
        return nodes.get(index);
    }

    /** Its node name, as leases and sockets record it. */
    public String nodeName(int index) {
        return "cluster-node" + (index + 1);
    }

    /** Which node holds (or last held) the lease, or null. */
    public String leaseHolder(String lease) {
        return query("select holder from lease where name = ?", lease);
    }

    /** How many rows of the usage log have this IP address. */
    public int usageRecordsFrom(String ipAddress) {
        return Integer.parseInt(query("select count(*) from usage_record where ip_address = ?", ipAddress));
    }

    /** How many nodes hold open sockets. */
    public int nodesWithSockets() {
        return Integer.parseInt(query("select count(distinct node) from stream_socket"));
    }

    /**
     * Sends the balancer's new connections to node {@code index} alone (the other drains: it keeps the connections it
     * has), or to both again with {@code -1}, through HAProxy's runtime API.
     */
    public void balanceTo(int index) {
        for (var i = 0; i < 2; i++) {
            var state = index < 0 || index == i ? "ready" : "drain";
            var answer = control("set server https_nodes/node" + (i + 1) + " state " + state);
            if (!answer.isBlank()) {
                throw new AssertionError("HAProxy: " + answer);
            }
        }
    }

    /**
     * Cuts the network between the two nodes, as a failed switch between two hosts would: their cluster traffic and
     * their brokers' bridge fall silent; each still reaches the balancer and the database.
     */
    public void split() {
        between.cut();
    }

    /** The network between the nodes is back. */
    public void mend() {
        between.mend();
    }

    /** Ends every connection the balancer holds to node {@code index}: its clients connect again. */
    public void cutConnectionsTo(int index) {
        var answer = control("shutdown sessions server https_nodes/node" + (index + 1));
        if (!answer.isBlank()) {
            throw new AssertionError("HAProxy: " + answer);
        }
    }

    private String control(String command) {
        try (var channel = SocketChannel.open(UnixDomainSocketAddress.of(work.resolve("haproxy.sock")))) {
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            var answer = new ByteArrayOutputStream();
            var buffer = ByteBuffer.allocate(4096);
            while (channel.read(buffer.clear()) > 0) {
                answer.write(buffer.array(), 0, buffer.position());
            }
            return answer.toString(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code holder} holds the lease (at most {@code within} from now). */
    public void untilLeaseHeldBy(String lease, String holder, Duration within) {
        var start = System.nanoTime();
        while (!holder.equals(leaseHolder(lease))) {
            if (System.nanoTime() - start > within.toNanos()) {
                throw new AssertionError(lease + " still held by " + leaseHolder(lease) + " after " + within);
            }
            SecondServer.pause(100);
        }
    }

    @Override
    public void close() {
        if (starting != null) {
            // a node still starting would be left running after its close
            starting.exceptionally(failed -> null).join();
        }
        nodes.forEach(SecondServer::close);
        network.forEach(TcpGate::close);
        if (between != null) {
            between.close();
        }
        if (balancer != null) {
            balancer.destroyForcibly();
        }
    }

    private void prepare() {
        for (var port : PORTS) {
            try (var taken = new Socket("127.0.0.1", port)) {
                throw new AssertionError("Port " + port + " is taken (ss -ltnp | grep :" + port + "): the cluster"
                        + " test needs it, and would otherwise talk to whatever listens there");
            } catch (IOException free) {
                // as it should be
            }
        }
        try {
            Files.createDirectories(work);
            // one certificate for both nodes, as an operator gives them: their brokers trust each other by it
            Files.deleteIfExists(work.resolve("application.keystore"));
            var keytool = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "keytool")
                                    .toString(),
                            "-genkeypair",
                            "-alias",
                            "server",
                            "-keyalg",
                            "EC",
                            "-groupname",
                            "secp256r1",
                            "-validity",
                            "30",
                            "-dname",
                            "CN=localhost",
                            "-ext",
                            "SAN=dns:localhost,ip:127.0.0.1",
                            "-storetype",
                            "JKS",
                            "-keystore",
                            work.resolve("application.keystore").toString(),
                            "-storepass",
                            "password",
                            "-keypass",
                            "password")
                    .redirectErrorStream(true)
                    .start();
            var made = keytool.waitFor();
            if (made != 0) {
                throw new AssertionError(
                        "keytool: " + new String(keytool.getInputStream().readAllBytes()));
            }
            try (var connection = DriverManager.getConnection(System.getenv("DB_URL"));
                    var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            writeKey("cluster.keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An installation's cluster key, as keytool -genseckey makes it (run-cluster.sh). */
    private Path writeKey(String name) {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            var keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setEntry(
                    "cluster",
                    new KeyStore.SecretKeyEntry(new SecretKeySpec(key, "AES")),
                    new KeyStore.PasswordProtection("anliegen".toCharArray()));
            try (var out = Files.newOutputStream(work.resolve(name))) {
                keys.store(out, "anliegen".toCharArray());
            }
            return work.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> nodeEnvironment() {
        var environment = new HashMap<String, String>();
        environment.put("DB_URL", databaseUrl);
        environment.put(
                "ANLIEGEN_CLUSTER_MEMBERS",
                network.stream().map(gate -> "127.0.0.1[" + gate.port() + "]").collect(Collectors.joining(",")));
        environment.put(
                "ANLIEGEN_CLUSTER_KEY_FILE", work.resolve("cluster.keys").toString());
        environment.put(
                "ANLIEGEN_CLUSTER_PASSWORD",
                Base64.getEncoder().encodeToString(work.toString().getBytes()));
        environment.put("ANLIEGEN_VAPID_KEY_FILE", work.resolve("vapid.pem").toString());
        return environment;
    }

    private Process startBalancer() {
        var command = new ProcessBuilder(
                "haproxy", "-f", "../docker/haproxy.cfg", "-f", "src/test/haproxy/direct-to-nodes.cfg");
        var environment = command.environment();
        environment.put("ANLIEGEN_LB_HTTPS", "127.0.0.1:8840");
        environment.put("ANLIEGEN_LB_HTTP", "127.0.0.1:8841");
        environment.put("ANLIEGEN_LB_CONTROL", work.resolve("haproxy.sock").toString());
        environment.put("ANLIEGEN_NODE1_HTTPS", "127.0.0.1:8543");
        environment.put("ANLIEGEN_NODE2_HTTPS", "127.0.0.1:8643");
        environment.put("ANLIEGEN_NODE3_HTTPS", "127.0.0.1:8743");
        environment.put("ANLIEGEN_NODE1_HTTP", "127.0.0.1:8180");
        environment.put("ANLIEGEN_NODE2_HTTP", "127.0.0.1:8280");
        try {
            var process = command.redirectErrorStream(true)
                    .redirectOutput(work.resolve("haproxy.log").toFile())
                    .start();
            SecondServer.pause(500);
            if (!process.isAlive()) {
                throw new AssertionError("HAProxy did not start: " + Files.readString(work.resolve("haproxy.log")));
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy is needed for the cluster test (apt-get install haproxy)", e);
        }
    }

    private String query(String sql, String... parameters) {
        try (var connection = DriverManager.getConnection(databaseUrl);
                var statement = connection.prepareStatement(sql)) {
            for (var i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
