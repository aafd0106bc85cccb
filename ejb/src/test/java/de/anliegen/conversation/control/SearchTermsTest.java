package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search term of any characters becomes words for the full-text index and pieces found as typed: never an operator
 * of the full-text syntax, never a wildcard of {@code like}.
 */
class SearchTermsTest {

    @Test
    void words_of_three_letters_or_more_begin_words_of_the_text_in_any_case() {
        var terms = SearchTerms.of("  Stromrechnung   April ");
        assertEquals(List.of("stromrechnung", "april"), terms.words());
        assertEquals(List.of(), terms.likes());
        assertEquals("+stromrechnung* +april*", terms.fullTextQuery());
    }

    @Test
    void full_text_operators_and_quotes_are_never_passed_on() {
        var terms = SearchTerms.of("+Zähler -stand* \"Öl\" (Straße) ~hoch <dringend> @5 'Rück'");
        assertEquals(List.of("zähler", "stand", "straße", "hoch", "dringend", "rück"), terms.words());
        assertEquals("+zähler* +stand* +straße* +hoch* +dringend* +rück*", terms.fullTextQuery());
        assertEquals(List.of("%\"öl\"%", "%@5%"), terms.likes());
    }

    @Test
    void short_pieces_and_symbols_are_found_as_typed_with_like_wildcards_escaped() {
        var terms = SearchTerms.of("ok 50% C++ \\ ! a_b");
        assertEquals(List.of("%ok%", "%50!%%", "%c++%", "%\\%", "%!!%"), terms.likes());
        assertEquals(List.of("a_b"), terms.words(), "an underscore is part of a word, as in the index");
        assertEquals(List.of("100", "_sicher"), SearchTerms.of("100%_sicher").words());
    }

    @Test
    void a_piece_with_a_long_word_is_searched_by_it_and_words_count_in_code_points() {
        assertEquals(List.of("mail"), SearchTerms.of("E-Mail").words());
        assertEquals(
                List.of("%\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00%"),
                SearchTerms.of("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00").likes());
        assertEquals(List.of("ääü"), SearchTerms.of("ÄÄÜ").words());
        assertEquals(List.of("%ab%"), SearchTerms.of("ab").likes());
        assertEquals(List.of("数据保"), SearchTerms.of("数据保").words());
        assertEquals(List.of("%数据%"), SearchTerms.of("数据").likes());
        assertEquals(
                List.of("%" + "x".repeat(85) + "%"),
                SearchTerms.of("x".repeat(85)).likes());
    }

    @Test
    void without_a_full_text_index_every_condition_is_a_like() {
        assertEquals(List.of("%zähler%", "%ok%"), SearchTerms.of("Zähler ok").allAsLikes());
    }
}
