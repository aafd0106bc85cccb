package de.anliegen.bench;

import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.ServiceRequests;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory an export needs, against the started product on MariaDB (README, "Benchmark"): a consumer's conversation
 * is filled with 10,000 and then 100,000 messages by plain JDBC, and each time the whole export is downloaded while
 * {@code jstat} samples the server's used heap every 100 ms. Needs {@code -Dbench.jdbc=<url>} (the product's database)
 * and {@code -Dbench.pid=<WildFly's process id>}.
 */
public final class ExportBenchmark {

    private static final String TEXT = "Guten Tag, anbei mein Zählerstand vom Monatsende: 12345,6 kWh. "
            + "Bitte passen Sie den Abschlag entsprechend an. Mit freundlichen Grüßen";

    public static void main(String[] args) {
        try {
            new ExportBenchmark().run(System.getProperty("bench.jdbc"), System.getProperty("bench.pid"));
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run(String jdbc, String pid) throws Exception {
        if (jdbc == null || pid == null) {
            throw new IllegalArgumentException("give -Dbench.jdbc=<the product's database> and -Dbench.pid=<WildFly>");
        }
        var consumer = Consumers.signUp("Export", "Benchmark");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation =
                ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Viele Nachrichten");
        System.out.println(
                "| messages | ZIP bytes | seconds | heap used before (MB) | peak heap used (MB) | peak old generation (MB) |");
        System.out.println("|---|---|---|---|---|---|");
        long stored = 1;
        for (var total : new long[] {10_000, 100_000}) {
            stored = fill(jdbc, conversation, stored, total);
            measure(consumer.accessToken(), pid, total);
        }
    }

    /** Adds messages with seq after {@code from} up to {@code total}; answers the new last seq. */
    private static long fill(String jdbc, long conversation, long from, long total) throws Exception {
        try (var connection = DriverManager.getConnection(jdbc)) {
            connection.setAutoCommit(false);
            try (var insert =
                    connection.prepareStatement("insert into message (conversation_id, seq, client_message_id,"
                            + " author, body, sent_at) values (?, ?, ?, 'CONSUMER', ?, ?)")) {
                for (var seq = from + 1; seq <= total; seq++) {
                    insert.setLong(1, conversation);
                    insert.setLong(2, seq);
                    insert.setString(3, "bench-" + seq);
                    insert.setString(4, seq + ": " + TEXT);
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    if (seq % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (var update = connection.prepareStatement("update conversation set last_seq = ? where id = ?")) {
                update.setLong(1, total);
                update.setLong(2, conversation);
                update.executeUpdate();
            }
            connection.commit();
        }
        return total;
    }

    private static void measure(String token, String pid, long messages) throws Exception {
        run("jcmd", pid, "GC.run");
        var before = usedHeap(pid);
        var peak = new AtomicLong(before);
        var peakOld = new AtomicLong();
        var sampler = new ProcessBuilder("jstat", "-gc", pid, "100")
                .redirectErrorStream(true)
                .start();
        var reader = new Thread(() -> readPeak(sampler.getInputStream(), peak, peakOld));
        reader.start();
        var http = HttpClient.newBuilder().sslContext(Api.trustingSelfSigned()).build();
        var started = System.nanoTime();
        var reply = http.send(
                Api.request("/api/v1/me/export")
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                BodyHandlers.ofInputStream());
        long bytes;
        try (var body = reply.body()) {
            bytes = body.transferTo(OutputStream.nullOutputStream());
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(300);
        sampler.destroy();
        reader.join();
        if (reply.statusCode() != 200) {
            throw new AssertionError("export answered " + reply.statusCode());
        }
        System.out.printf(
                "| %,d | %,d | %.1f | %d | %d | %d |%n",
                messages, bytes, seconds, before / 1024, peak.get() / 1024, peakOld.get() / 1024);
    }

    /** Used heap in KB (survivors, eden, old generation) from one line of {@code jstat -gc}. */
    private static long usedHeap(String pid) throws IOException, InterruptedException {
        var process = new ProcessBuilder("jstat", "-gc", pid)
                .redirectErrorStream(true)
                .start();
        var peak = new AtomicLong();
        readPeak(process.getInputStream(), peak, new AtomicLong());
        process.waitFor();
        return peak.get();
    }

    private static void readPeak(InputStream output, AtomicLong peak, AtomicLong peakOld) {
        try (var lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.US_ASCII))) {
            String[] header = null;
            String line;
            while ((line = lines.readLine()) != null) {
                var fields = line.trim().split("\\s+");
                if (fields.length > 0 && fields[0].equals("S0C")) {
                    header = fields;
                    continue;
                }
                if (header == null) {
                    continue;
                }
                double used = 0;
                for (var i = 0; i < header.length && i < fields.length; i++) {
                    if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU")) {
                        used += Double.parseDouble(fields[i]);
                    } else if (header[i].equals("OU")) {
                        var old = Double.parseDouble(fields[i]);
                        used += old;
                        peakOld.accumulateAndGet((long) old, Math::max);
                    }
                }
                peak.accumulateAndGet((long) used, Math::max);
            }
        } catch (IOException | NumberFormatException e) {
            // the sampler was stopped
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }
}
