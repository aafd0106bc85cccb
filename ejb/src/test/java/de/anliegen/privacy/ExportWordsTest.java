package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.entity.Priority;
import de.anliegen.conversation.entity.Side;
import de.anliegen.conversation.entity.Status;
import de.anliegen.privacy.boundary.Purpose;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The export's report in words: every language names the same things, and every value a person reads there has words
 * in it, so that no internal code ({@code notifications}, {@code waiting_for_consumer}) reaches the report.
 */
class ExportWordsTest {

    private static final String[] BUNDLES = {"export", "export_de", "export_en"};

    @Test
    void every_language_has_the_same_keys() throws IOException {
        var base = read("export").keySet();
        for (var bundle : BUNDLES) {
            assertEquals(base, read(bundle).keySet(), bundle);
        }
    }

    @Test
    void every_purpose_a_consumer_consents_to_is_named_in_the_report() throws IOException {
        for (var bundle : BUNDLES) {
            var words = read(bundle);
            for (var purpose : Purpose.keys()) {
                assertTrue(words.containsKey("purpose." + purpose), bundle + ": purpose " + purpose);
                assertTrue(words.containsKey("object.consent." + purpose), bundle + ": consent " + purpose);
            }
        }
    }

    @Test
    void every_status_priority_and_side_of_a_request_is_named_in_the_report() throws IOException {
        var keys = Stream.of(
                        codes("status.", Status.values()),
                        codes("priority.", Priority.values()),
                        codes("from.", Side.values()))
                .flatMap(s -> s)
                .toList();
        for (var bundle : BUNDLES) {
            var words = read(bundle);
            for (var key : keys) {
                assertTrue(words.containsKey(key), bundle + ": " + key);
            }
        }
    }

    private static Stream<String> codes(String kind, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> kind + value.name().toLowerCase(Locale.ROOT));
    }

    private static Properties read(String bundle) throws IOException {
        var words = new Properties();
        try (var in = ExportWordsTest.class.getResourceAsStream("/de/anliegen/privacy/" + bundle + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
