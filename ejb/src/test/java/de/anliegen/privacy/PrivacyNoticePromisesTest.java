package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every promise of the privacy notice kept so far names a test after it, and the tests it names exist. */
class PrivacyNoticePromisesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern TEST = Pattern.compile("`(\\w+(?:IT|Test))\\.(\\w+)`");

    @Test
    void each_kept_promise_names_a_test_after_it_that_exists() throws IOException {
        var rows = Files.readAllLines(ROOT.resolve("docs/data-protection.md")).stream()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| promise"))
                .toList();
        assertFalse(rows.isEmpty());
        var missing = new ArrayList<String>();
        for (var row : rows) {
            var cells = row.split("\\|", -1);
            var tests = TEST.matcher(cells[3]);
            var named = false;
            while (tests.find()) {
                named = true;
                if (!exists(tests.group(1), tests.group(2))) {
                    missing.add(tests.group());
                }
            }
            if (cells[4].strip().startsWith("done") && !named) {
                missing.add("a test for: " + cells[1].strip());
            }
        }
        assertTrue(missing.isEmpty(), () -> "docs/data-protection.md names what is not there: " + missing);
    }

    private static boolean exists(String testClass, String method) throws IOException {
        try (Stream<Path> sources = Stream.of("ejb", "web", "ear")
                .map(module -> ROOT.resolve(module).resolve("src/test/java"))
                .filter(Files::isDirectory)
                .flatMap(PrivacyNoticePromisesTest::walk)) {
            return sources.filter(file -> file.getFileName().toString().equals(testClass + ".java"))
                    .anyMatch(file -> read(file).contains("void " + method + "("));
        }
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
