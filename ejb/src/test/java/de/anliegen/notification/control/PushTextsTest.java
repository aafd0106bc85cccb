package de.anliegen.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PushTextsTest {

    private static final String LINK = "/app/#/conversations/42";

    @Test
    void without_previews_a_notification_names_only_the_company() {
        var german = read(PushTexts.payload("Stadtwerke", "Zählerstand", LINK, false, "de"));
        var english = read(PushTexts.payload("Stadtwerke", "Zählerstand", LINK, false, "en"));

        assertEquals("Anliegen", german.getString("title"));
        assertEquals("Neue Antwort von Stadtwerke", german.getString("body"));
        assertEquals("New answer from Stadtwerke", english.getString("body"));
        assertEquals(LINK, german.getString("link"));
        assertEquals(LINK, german.getString("tag"));
    }

    @Test
    void with_previews_it_names_the_subject_shortened_to_eighty_characters() {
        var preview = read(PushTexts.payload("Stadtwerke", "Zählerstand", LINK, true, "de"));
        var longSubject = "😀".repeat(100);
        var shortened = read(PushTexts.payload("Stadtwerke", longSubject, LINK, true, "en"));

        assertEquals("Stadtwerke", preview.getString("title"));
        assertEquals("Neue Antwort auf Ihr Anliegen „Zählerstand“", preview.getString("body"));
        assertEquals("New answer to your request “" + "😀".repeat(79) + "…”", shortened.getString("body"));
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
