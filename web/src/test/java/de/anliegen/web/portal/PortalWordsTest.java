package de.anliegen.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.privacy.boundary.Purpose;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The portal's words: every language names the same things, and every purpose of a consent has a name. */
class PortalWordsTest {

    private static final String[] BUNDLES = {"messages", "messages_de", "messages_en"};

    @Test
    void every_language_has_the_same_keys() throws IOException {
        var base = read("messages").keySet();
        for (var bundle : BUNDLES) {
            assertEquals(base, read(bundle).keySet(), bundle);
        }
    }

    @Test
    void every_purpose_a_consumer_consents_to_is_named_in_the_data_protection_officers_workspace() throws IOException {
        for (var bundle : BUNDLES) {
            var words = read(bundle);
            for (var purpose : Purpose.keys()) {
                assertTrue(words.containsKey("portal.dpo.purpose." + purpose), bundle + ": " + purpose);
            }
        }
    }

    private static Properties read(String bundle) throws IOException {
        var words = new Properties();
        try (var in = PortalWordsTest.class.getResourceAsStream("/de/anliegen/web/i18n/" + bundle + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
