package de.anliegen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The processes a benchmark runs against on this machine: the started product's server and, when the product runs on
 * it, the MariaDB server. Their CPU time per request is the figure that compares across runs on a shared machine,
 * where the requests a second vary with whatever else the cores are doing.
 */
final class Processes {

    private Processes() {}

    /** The started product's server: the JVM whose command line runs the build's WildFly. */
    static ProcessHandle server() {
        return find("jboss-modules.jar", "/ear/target/wildfly-")
                .orElseThrow(() -> new IllegalStateException("no started server found (README, \"Benchmark\")"));
    }

    /** The MariaDB server on this machine, if one runs. */
    static Optional<ProcessHandle> database() {
        return find("mariadbd", "");
    }

    /** The CPU time the process has used so far, zero once it has gone. */
    static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The machine's CPU time so far, all cores together, from Linux's {@code /proc/stat}. */
    static Machine machine() {
        try {
            var cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            var jiffies =
                    Arrays.stream(cpu, 1, cpu.length).mapToLong(Long::parseLong).toArray();
            // user nice system idle iowait irq softirq steal: idle and iowait are time no one used
            return new Machine(
                    Arrays.stream(jiffies, 0, Math.min(8, jiffies.length)).sum(), jiffies[3] + jiffies[4]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine's CPU time in clock ticks: all of it and the idle part. */
    record Machine(long total, long idle) {

        /** The share of the cores that stayed idle since {@code before}. */
        double idleSince(Machine before) {
            return (double) (idle - before.idle) / Math.max(1, total - before.total);
        }
    }

    private static Optional<ProcessHandle> find(String program, String also) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains(program) && line.contains(also))
                        .orElse(false))
                .findFirst();
    }
}
