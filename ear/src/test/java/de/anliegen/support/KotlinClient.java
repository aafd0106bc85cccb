package de.anliegen.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity;
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSourceLocation;
import org.jetbrains.kotlin.cli.common.messages.MessageCollector;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;
import org.jetbrains.kotlin.config.Services;

/**
 * The Kotlin client an Android team generates from one of our documents: openapi-generator's {@code kotlin} client
 * with its default library (jvm-okhttp4) and Moshi by reflection, which compiles without a compiler plugin or an
 * annotation processor. Kotlin's compiler (a test dependency of this module) compiles it in the test's JVM against
 * the libraries its build.gradle names, which this module has as test dependencies at the versions named there.
 */
public final class KotlinClient {

    /** The generated client's package, as an Android team would name its copy. */
    public static final String PACKAGE = "de.anliegen.client";

    /** One class of each library the client compiles against: those build.gradle names and those they need. */
    private static final List<String> LIBRARIES = List.of(
            "kotlin.Unit", // kotlin-stdlib
            "kotlin.reflect.full.KClasses", // kotlin-reflect, for Moshi's reflection
            "okhttp3.OkHttpClient",
            "okio.Buffer",
            "com.squareup.moshi.Moshi",
            "com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory",
            "com.squareup.moshi.adapters.Rfc3339DateJsonAdapter");

    /** What build.gradle may apply: Kotlin's own plugin and those that do not take part in compiling. */
    private static final Set<String> PLAIN_PLUGINS = Set.of("kotlin", "maven-publish", "com.diffplug.spotless");

    private static final Pattern IMPLEMENTATION =
            Pattern.compile("(?m)^\\s*implementation \"([^:\"]+):([^:\"]+):([^\"]+)\"");

    private final Path home;

    private KotlinClient(Path home) {
        this.home = home;
    }

    /**
     * Generates the client of a document (a file, or a URL the generator can read) into
     * target/contract/kotlin/NAME, afresh, so that nothing of an earlier document is compiled with it.
     */
    public static KotlinClient generate(String document, String name) {
        var home = ContractTools.HOME.resolve("kotlin").resolve(name);
        ContractTools.delete(home);
        ContractTools.generator(
                        "generate",
                        "-g",
                        "kotlin",
                        "--library",
                        "jvm-okhttp4",
                        // not moshiCodeGen=false: the generator takes any value as true, and Moshi's codegen
                        // needs KSP, a compiler plugin
                        "--additional-properties",
                        "serializationLibrary=moshi",
                        // the generated tests are empty stubs to fill in, on a test library of Kotlin 1.3's time
                        "--global-property",
                        "apiTests=false,modelTests=false",
                        "--package-name",
                        PACKAGE,
                        "-i",
                        document,
                        "-o",
                        home.toString())
                .succeeded();
        return new KotlinClient(home);
    }

    /**
     * Fails unless build.gradle builds the client as {@link #compile()} does: with no compiler plugin (such as KSP
     * for Moshi's codegen), and with the libraries it names on the test's class path, in the versions it names.
     */
    public KotlinClient buildsAsWeCompileIt() {
        var gradle = textOf(home.resolve("build.gradle"));
        var plugins = Pattern.compile("(?m)^apply plugin: '([^']+)'").matcher(gradle);
        while (plugins.find()) {
            var plugin = plugins.group(1);
            assertTrue(PLAIN_PLUGINS.contains(plugin), () -> "build.gradle applies " + plugin + ":\n" + gradle);
        }
        var kotlin = Pattern.compile("ext.kotlin_version = '([^']+)'").matcher(gradle);
        assertTrue(kotlin.find(), gradle);
        var classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        var named = IMPLEMENTATION.matcher(gradle.replace("$kotlin_version", kotlin.group(1)));
        var libraries = 0;
        while (named.find()) {
            var folder = "/" + named.group(1).replace('.', '/') + "/" + named.group(2);
            var version = "/" + named.group(3) + "/";
            var coordinates = named.group().strip();
            // Maven has okhttp's JVM artifact by a name of its own (pom.xml)
            assertTrue(
                    classPath.stream()
                            .anyMatch(jar -> jar.contains(folder + version) || jar.contains(folder + "-jvm" + version)),
                    () -> "build.gradle names " + coordinates + ": the ear module's test dependencies should have"
                            + " that version (kotlin.version, okhttp.version, moshi.version)");
            libraries++;
        }
        assertTrue(libraries >= 4, gradle);
        return this;
    }

    /** Every Kotlin source the generator wrote, compiled into build/classes. */
    public Compilation compile() {
        var sources = home.resolve("src");
        var classes = home.resolve("build").resolve("classes");
        ContractTools.delete(classes);
        var compiler = new K2JVMCompiler();
        var arguments = compiler.createArguments();
        compiler.parseArguments(
                new String[] {
                    "-no-stdlib",
                    "-no-reflect",
                    "-classpath",
                    String.join(File.pathSeparator, libraries()),
                    "-module-name",
                    home.getFileName().toString(),
                    "-d",
                    classes.toString(),
                    sources.toString()
                },
                arguments);
        var messages = new Messages();
        var started = System.nanoTime();
        var exitCode = compiler.exec(messages, Services.EMPTY, arguments);
        return new Compilation(
                exitCode.getCode(),
                count(sources),
                (System.nanoTime() - started) / 1_000_000,
                messages.errors,
                messages.warnings,
                classes);
    }

    /** The jars of {@link #LIBRARIES}, as this test's class path has them. */
    private static List<String> libraries() {
        return LIBRARIES.stream()
                .map(name -> {
                    try {
                        return Path.of(Class.forName(name)
                                        .getProtectionDomain()
                                        .getCodeSource()
                                        .getLocation()
                                        .toURI())
                                .toString();
                    } catch (ClassNotFoundException | URISyntaxException e) {
                        throw new IllegalStateException("the ear module has a test dependency with " + name, e);
                    }
                })
                .toList();
    }

    private static long count(Path sources) {
        try (var files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".kt")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the compiler said, by severity; the rest (its progress) is dropped. */
    private static final class Messages implements MessageCollector {

        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        @Override
        public void report(CompilerMessageSeverity severity, String message, CompilerMessageSourceLocation location) {
            var where = location == null
                    ? ""
                    : location.getPath() + ":" + location.getLine() + ":" + location.getColumn() + ": ";
            if (severity.isError()) {
                errors.add(where + message);
            } else if (severity.isWarning()) {
                warnings.add(where + message);
            }
        }

        @Override
        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        @Override
        public void clear() {
            errors.clear();
            warnings.clear();
        }
    }

    /** A finished compilation: the compiler's exit code, what it compiled, in how long, and what it said. */
    public record Compilation(
            int exitCode, long sources, long millis, List<String> errors, List<String> warnings, Path classes) {

        /** Fails the test with the compiler's errors unless it compiled everything. */
        public Compilation succeeded() {
            assertEquals(
                    0,
                    exitCode,
                    () -> "kotlinc: " + errors.size() + " errors in " + sources + " files:\n"
                            + String.join("\n", errors));
            return this;
        }

        /**
         * The generated API's method for this operationId, as an app calls it (not its {@code …WithHttpInfo} and
         * {@code …RequestConfig} siblings).
         */
        public Method operation(String operationId) {
            return withClasses(loader -> {
                var found = new ArrayList<Method>();
                try (var files =
                        Files.list(classes.resolve(PACKAGE.replace('.', '/')).resolve("apis"))) {
                    for (var file : files.filter(file -> file.toString().endsWith("Api.class"))
                            .toList()) {
                        var api = PACKAGE + ".apis."
                                + file.getFileName().toString().replace(".class", "");
                        Stream.of(loader.loadClass(api).getMethods())
                                .filter(method -> method.getName().equals(operationId))
                                .forEach(found::add);
                    }
                }
                assertEquals(1, found.size(), () -> operationId + ": " + found);
                return found.get(0);
            });
        }

        /** This JSON as the client reads it, with its own Moshi, into its model of this name: the model printed. */
        public String read(String model, String json) {
            return withClasses(loader -> {
                var moshi = (Moshi) loader.loadClass(PACKAGE + ".infrastructure.Serializer")
                        .getMethod("getMoshi")
                        .invoke(null);
                return String.valueOf(moshi.adapter(loader.loadClass(PACKAGE + ".models." + model))
                        .fromJson(json));
            });
        }

        private <T> T withClasses(WithClasses<T> use) {
            try (var loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, KotlinClient.class.getClassLoader())) {
                return use.apply(loader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the compiled client: " + e, e);
            }
        }
    }

    private interface WithClasses<T> {
        T apply(ClassLoader loader) throws IOException, ReflectiveOperationException;
    }
}
