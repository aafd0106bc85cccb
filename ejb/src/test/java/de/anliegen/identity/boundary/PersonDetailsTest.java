package de.anliegen.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonDetailsTest {

    @Test
    void a_name_is_any_letters_marks_spaces_and_punctuation_up_to_100_characters() {
        for (var name : new String[] {"Jürgen", "Ana-Lucía", "O'Brien", "Nguyễn Văn", "李小龙", "Zoë ", "x".repeat(100)}) {
            assertTrue(PersonDetails.isName(name), name);
        }
    }

    @Test
    void an_empty_blank_too_long_or_control_laden_name_is_not_one() {
        for (var name : new String[] {
            "",
            "   ",
            "\u3000",
            "\u00a0\u2003",
            "x".repeat(101),
            "Eve\u0000",
            "Bob\nSmith",
            "Right\u202eLeft",
            "Zero\u200bWidth",
            "Line\u2028Sep"
        }) {
            assertFalse(PersonDetails.isName(name), name);
        }
    }

    @Test
    void an_email_address_has_one_at_a_dot_in_its_domain_and_no_spaces() {
        assertTrue(PersonDetails.isEmail("agent@stadtwerke-musterstadt.example"));
        assertTrue(PersonDetails.isEmail("a.b+c@sub.example.org"));
        for (var wrong : new String[] {
            "agent",
            "agent@localhost",
            "a b@example.org",
            "a@@example.org",
            "x".repeat(65) + "@example.org",
            "a@" + "b".repeat(250) + ".de"
        }) {
            assertFalse(PersonDetails.isEmail(wrong), wrong);
        }
    }
}
