package de.anliegen.company.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CannedResponseViewTest {

    private static final Map<String, String> VALUES = Map.of(
            CannedResponseView.FIRST_NAME, "Anna",
            CannedResponseView.LAST_NAME, "Beispiel",
            CannedResponseView.AGENT_NAME, "Alex Agent",
            CannedResponseView.COMPANY_NAME, "Stadtwerke $1 Musterstadt");

    @Test
    void every_placeholder_is_filled_in_as_often_as_it_appears() {
        var response = new CannedResponseView(
                1, "Gruß", "Hallo {firstName} {lastName}, {firstName}!\n{agentName}, {companyName}");

        assertEquals("Hallo Anna Beispiel, Anna!\nAlex Agent, Stadtwerke $1 Musterstadt", response.filledIn(VALUES));
    }

    @Test
    void unknown_placeholders_and_lone_braces_stay_as_written() {
        var response = new CannedResponseView(1, "Roh", "{email} {firstName {} }{lastName}");

        assertEquals("{email} {firstName {} }Beispiel", response.filledIn(VALUES));
    }

    @Test
    void a_missing_value_leaves_nothing_behind() {
        var response = new CannedResponseView(1, "Ohne", "Hallo {firstName}!");

        assertEquals("Hallo !", response.filledIn(Map.of()));
    }
}
