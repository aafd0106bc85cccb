package de.anliegen.notification.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AwayMailTextTest {

    @Test
    void the_mail_names_the_request_its_company_the_minutes_and_the_link_in_both_languages() {
        var body = AwayMailText.body(
                "Alex Agent", "Stadtwerke", 42, 15, "https://anliegen.example/portal/inbox/conversation.xhtml?id=42");

        assertTrue(body.startsWith("Hallo Alex Agent,"), body);
        assertTrue(body.contains("Anfrage Nr. 42 an Stadtwerke"), body);
        assertTrue(body.contains("request no. 42 to Stadtwerke"), body);
        assertTrue(body.contains("15 Minuten") && body.contains("15 minutes"), body);
        assertTrue(body.contains("\nhttps://anliegen.example/portal/inbox/conversation.xhtml?id=42\n"), body);
    }
}
