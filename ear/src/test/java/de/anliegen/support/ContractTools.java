package de.anliegen.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tools a mobile team points at our documents, run as they would run them: openapi-generator's CLI jar (copied
 * by the build to target/tools) and the npm tools of src/test/contract (installed by the build into target/contract:
 * Redocly's linter, AsyncAPI's parser, TypeScript). Each runs in its own process; a test reads what it printed.
 */
public final class ContractTools {

    /** Where the build installed the npm tools, and where the contract tests write what they generate. */
    public static final Path HOME = Path.of("target", "contract").toAbsolutePath();

    private static final Path GENERATOR =
            Path.of("target", "tools", "openapi-generator-cli.jar").toAbsolutePath();

    private ContractTools() {}

    /** The served document at this path of the running server, saved under target/contract for the tools. */
    public static Path fetch(String path, String file) {
        var reply = Api.get(path);
        assertEquals(200, reply.status(), () -> path + ": " + reply);
        return save(file, reply.body());
    }

    /** Text a test made for the tools (frames a socket heard), saved beside the fetched documents. */
    public static Path save(String file, String text) {
        var saved = HOME.resolve("documents").resolve(file);
        try {
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return saved;
    }

    /** openapi-generator's CLI with these arguments: {@code validate -i …}, {@code generate -g …}. */
    public static Run generator(String... arguments) {
        assertTrue(Files.isReadable(GENERATOR), "the build copies the generator to " + GENERATOR);
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GENERATOR.toString()));
        command.addAll(List.of(arguments));
        return run(Duration.ofMinutes(3), command);
    }

    /**
     * An npm tool of target/contract/node_modules/.bin ({@code redocly}, {@code tsc}) or {@code node} itself, in
     * target/contract. It trusts the dev server's self-signed certificate, as the tests' Java client does.
     */
    public static Run npm(Duration limit, String tool, String... arguments) {
        var installed = HOME.resolve("node_modules").resolve(".bin").resolve(tool);
        assertTrue(tool.equals("node") || Files.isExecutable(installed), () -> "the build installs " + installed);
        var command = new ArrayList<>(List.of(tool.equals("node") ? "node" : installed.toString()));
        command.addAll(List.of(arguments));
        return run(limit, command);
    }

    /** Deletes a folder the tools wrote (a generated client, its build) with all in it, so no stale file survives. */
    public static void delete(Path tree) {
        if (!Files.exists(tree)) {
            return;
        }
        try (var paths = Files.walk(tree)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run run(Duration limit, List<String> command) {
        try {
            var builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true);
            Files.createDirectories(HOME);
            builder.environment()
                    .putAll(Map.of(
                            "NODE_TLS_REJECT_UNAUTHORIZED", "0",
                            "NODE_NO_WARNINGS", "1",
                            "REDOCLY_TELEMETRY", "off",
                            "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true",
                            "SCARF_ANALYTICS", "false",
                            "ANLIEGEN_BASE_URL", Api.BASE.toString()));
            var printed = Files.createTempFile(HOME, "run-", ".log");
            var process = builder.redirectOutput(printed.toFile()).start();
            var finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            var output = Files.readString(printed, StandardCharsets.UTF_8);
            Files.delete(printed);
            if (!finished) {
                throw new AssertionError(command + " did not finish within " + limit + ":\n" + output);
            }
            return new Run(command, process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not run: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A finished run: its exit code and everything it printed. */
    public record Run(List<String> command, int exitCode, String output) {

        /** Fails the test with the run's output unless it exited 0. */
        public Run succeeded() {
            assertEquals(0, exitCode, () -> String.join(" ", command) + " failed:\n" + output);
            return this;
        }
    }
}
