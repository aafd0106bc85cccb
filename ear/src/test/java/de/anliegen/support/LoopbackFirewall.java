package de.anliegen.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A firewall rule on loopback that drops every TCP packet to or from some ports, as a cut cable between hosts would: no
 * reset, no refusal, just silence, so a server notices only by what it stops hearing. It is iptables' (Debian's
 * {@code iptables}, run as root, as .ci/run does); the rule carries a comment of its own, by which a rule left behind by
 * an aborted run is removed first.
 */
public final class LoopbackFirewall implements AutoCloseable {

    private static final String COMMENT = "anliegen-cluster-it";

    private final String ports;
    private boolean cut;

    /** The ports whose traffic the rule drops, to and from (at most 15, iptables' multiport limit). */
    public LoopbackFirewall(List<Integer> ports) {
        if (ports.isEmpty() || ports.size() > 15) {
            throw new IllegalArgumentException("1 to 15 ports: " + ports);
        }
        this.ports = ports.stream().map(String::valueOf).collect(Collectors.joining(","));
        var listed = iptables("-L", "INPUT", "-n");
        if (listed.exit() != 0) {
            throw new AssertionError("The cluster test cuts the network between its nodes with a firewall rule: run it"
                    + " as root with iptables (apt-get install iptables), as .ci/run does. iptables said: "
                    + listed.output());
        }
        removeLeftRules();
    }

    /** Drops every packet to and from the ports from now on, on connections open and new alike. */
    public void cut() {
        run(rule("-I"));
        cut = true;
    }

    /** Lets them through again. */
    public void mend() {
        if (cut) {
            run(rule("-D"));
            cut = false;
        }
    }

    @Override
    public void close() {
        mend();
        removeLeftRules();
    }

    private List<String> rule(String action) {
        return List.of(
                action,
                "INPUT",
                "-i",
                "lo",
                "-p",
                "tcp",
                "-m",
                "multiport",
                "--ports",
                ports,
                "-m",
                "comment",
                "--comment",
                COMMENT,
                "-j",
                "DROP");
    }

    private static void removeLeftRules() {
        var rules = iptables("-S", "INPUT");
        for (var line : rules.output().lines().toList()) {
            if (line.startsWith("-A INPUT ") && line.contains(COMMENT)) {
                var words = new ArrayList<>(List.of(line.replace("\"", "").split(" ")));
                words.set(0, "-D");
                run(words);
            }
        }
    }

    private static void run(List<String> arguments) {
        var result = iptables(arguments.toArray(String[]::new));
        if (result.exit() != 0) {
            throw new AssertionError("iptables " + String.join(" ", arguments) + ": " + result.output());
        }
    }

    private static Result iptables(String... arguments) {
        var command = new ArrayList<>(List.of("iptables", "-w"));
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String output) {}
}
