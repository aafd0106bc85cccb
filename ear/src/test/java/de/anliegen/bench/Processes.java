package de.anliegen.bench;

import java.time.Duration;
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

    private static Optional<ProcessHandle> find(String program, String also) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains(program) && line.contains(also))
                        .orElse(false))
                .findFirst();
    }
}
