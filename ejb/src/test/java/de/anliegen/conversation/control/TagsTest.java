package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.platform.problems.Invalid;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tags are kept in one spelling: lower case, single spaces, each once; bad ones are refused with a reason. */
class TagsTest {

    @Test
    void a_tag_is_kept_in_lower_case_with_single_spaces() {
        assertEquals("rechnung", Tags.tag("  Rechnung ", "tags"));
        assertEquals("zähler defekt", Tags.tag("Zähler \t  Defekt", "tags"));
        assertEquals("vip-kunde_2", Tags.tag("VIP-Kunde_2", "tags"));
        assertEquals("请求", Tags.tag("请求", "tags"));
    }

    @Test
    void a_tag_in_decomposed_unicode_is_the_same_tag_as_composed() {
        assertEquals(Tags.tag("Zähler", "tags"), Tags.tag("Za\u0308hler", "tags"));
    }

    @Test
    void a_request_keeps_each_tag_once_in_alphabetical_order() {
        assertEquals(List.of("rechnung", "umzug"), Tags.of(List.of("Umzug", "rechnung", "RECHNUNG "), "tags"));
        assertEquals(List.of(), Tags.of(null, "tags"));
    }

    @Test
    void empty_long_or_symbolic_tags_are_refused_naming_the_field() {
        for (var bad : Arrays.asList("", "   ", null, "-minus", "a%b", "<b>", "ok!", "x".repeat(31), "a\u0000b")) {
            var refused = assertThrows(Invalid.class, () -> Tags.tag(bad, "tags"), String.valueOf(bad));
            assertEquals("tags", refused.field().orElseThrow());
            assertEquals(Tags.INVALID, refused.type());
        }
        assertEquals(30, Tags.tag("ü".repeat(30), "tags").codePointCount(0, 30));
        assertThrows(Invalid.class, () -> Tags.tag("😀", "tags"), "an emoji is no letter");
    }

    @Test
    void more_than_ten_tags_on_a_request_are_refused() {
        var eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "t" + i).toList();
        var refused = assertThrows(Invalid.class, () -> Tags.of(eleven, "tags"));
        assertTrue(refused.getMessage().contains("At most 10"), refused.getMessage());
        assertEquals(Tags.TOO_MANY, refused.type());
        assertEquals(10, Tags.of(eleven.subList(0, 10), "tags").size());
    }
}
