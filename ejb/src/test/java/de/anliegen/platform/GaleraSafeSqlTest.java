package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the product's code or migrations that a Galera cluster does not replicate or refuses (ADR 12): table
 * locks, named locks (GET_LOCK), a second (XA) datasource. Leases are rows updated conditionally instead.
 */
class GaleraSafeSqlTest {

    private static final Pattern UNSAFE = Pattern.compile(
            "\\bGET_LOCK\\s*\\(|\\bLOCK\\s+TABLES?\\b|\\bRELEASE_LOCK\\s*\\(|XADataSource", Pattern.CASE_INSENSITIVE);

    @Test
    void no_table_locks_named_locks_or_xa_in_the_code_or_the_migrations() throws IOException {
        List<String> found;
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main")), Files.walk(Path.of("../web/src/main")))) {
            found = files.filter(Files::isRegularFile)
                    .filter(path -> path.toString().toLowerCase(Locale.ROOT).matches(".*\\.(java|sql)$"))
                    .filter(path -> UNSAFE.matcher(read(path)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), found);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
