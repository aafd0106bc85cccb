package de.anliegen.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void lengths_are_padded_to_powers_of_two_so_that_few_query_strings_are_planned() {
        assertEquals(
                List.of(1, 2, 4, 4, 8, 8, 8, 8, 16, 64, 64, 128),
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 33, 64, 65).stream()
                        .map(InLists::padded)
                        .toList());
    }

    @Test
    void a_list_parameter_becomes_single_parameters_and_a_longer_name_is_left_alone() {
        assertEquals(
                "select m from Message m where m.conversation.id in (:conversations_0, :conversations_1)"
                        + " and m.seq in :seqs and m.x = :conversationsX",
                InLists.expanded(
                        "select m from Message m where m.conversation.id in :conversations"
                                + " and m.seq in :seqs and m.x = :conversationsX",
                        "conversations",
                        2));
    }

    @Test
    void a_parameter_the_query_lacks_and_an_empty_list_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> InLists.expanded("select c from Consumer c", "ids", 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> InLists.of("Consumer.byIds").bind("ids", List.of()));
    }
}
