package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.web.security.SignInTarget;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox's address: what it keeps, and that whatever an address holds, the inbox opens. */
class InboxAddressTest {

    @Test
    void every_choice_of_the_inbox_comes_back_from_its_address() {
        var chosen = new InboxAddress("all", "open", "urgent", "rückruf", "due", "Zähler & Co 50%", 3);

        assertEquals(
                "queue=all&status=open&priority=urgent&tag=r%C3%BCckruf&order=due&search=Z%C3%A4hler+%26+Co+50%25"
                        + "&page=3",
                chosen.query());
        assertEquals(chosen, InboxAddress.parse(chosen.query()));
    }

    @Test
    void the_default_inbox_has_a_plain_address() {
        assertEquals("", InboxAddress.DEFAULT.query());
        assertEquals("/portal/inbox/index.xhtml", InboxAddress.DEFAULT.path());
        assertEquals(InboxAddress.DEFAULT, InboxAddress.parse(""));
        assertEquals(InboxAddress.DEFAULT, InboxAddress.parse(null));
        assertTrue(InboxAddress.parse("queue=unassigned&page=1").isDefault());
    }

    @Test
    void an_unknown_or_tampered_value_falls_back_to_its_default_and_keeps_the_others() {
        var tampered = InboxAddress.parse("queue=everyone&status=bogus&priority=%3Cscript%3E&order=random"
                + "&page=9999&search=" + "a".repeat(5_000) + "&tag=" + "t".repeat(31) + "&status=open");

        assertEquals(InboxAddress.DEFAULT, tampered, "the second status is not read: the first one counts");
        assertEquals(
                new InboxAddress("mine", "open", null, null, null, null, 2),
                InboxAddress.parse("queue=mine&status=open&page=2&page=7&search=%20%20&sort=name"));
    }

    @Test
    void a_page_is_a_number_from_one_to_the_deepest_page_an_address_opens() {
        assertEquals(1, InboxAddress.page("0"));
        assertEquals(1, InboxAddress.page("-3"));
        assertEquals(1, InboxAddress.page("drei"));
        assertEquals(1, InboxAddress.page("99999999999"));
        assertEquals(1, InboxAddress.page(String.valueOf(InboxAddress.DEEPEST_PAGE + 1)));
        assertEquals(InboxAddress.DEEPEST_PAGE, InboxAddress.page(String.valueOf(InboxAddress.DEEPEST_PAGE)));
        assertEquals(51, InboxAddress.DEEPEST_PAGE, "page 51 starts at row 1,000, the most the boundary skips");
        assertEquals(4, InboxAddress.page(" 4 "));
    }

    @Test
    void a_search_longer_than_the_field_takes_is_no_search_and_one_as_long_is_kept() {
        assertEquals(null, InboxAddress.search("x".repeat(101)));
        assertEquals("ü".repeat(100), InboxAddress.search(" " + "ü".repeat(100) + " "));
        assertEquals(
                "😀".repeat(100), InboxAddress.search("😀".repeat(100)), "counted in characters, not UTF-16 units");
        assertEquals(null, InboxAddress.search(" \t "));
    }

    @Test
    void a_broken_escape_is_read_as_no_value_and_an_address_too_long_as_the_default_inbox() {
        assertEquals(
                new InboxAddress("all", null, null, null, null, null, 1),
                InboxAddress.parse("queue=all&search=%E0%A4%A&=x&status"));
        assertEquals(InboxAddress.DEFAULT, InboxAddress.parse("queue=all&x=" + "y".repeat(2_000)));
    }

    @Test
    void only_the_inbox_page_is_ever_built_from_a_carried_address() {
        var carried = InboxAddress.parse("queue=all&next=https://evil.example&search=//evil.example/*");

        assertEquals("/portal/inbox/index.xhtml?queue=all&search=%2F%2Fevil.example%2F%2A", carried.path());
        assertEquals(
                carried.path(),
                SignInTarget.safe(carried.path()).orElseThrow(),
                "the sign-in returns to it when the session ended meanwhile");
    }

    @Test
    void the_parameters_of_a_request_are_read_as_those_of_a_carried_address() {
        assertEquals(
                new InboxAddress("all", "open", null, null, null, "rechnung", 2),
                InboxAddress.of(Map.of("queue", "all", "status", "open", "search", " rechnung ", "page", "2")));
    }
}
