package de.anliegen.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "0151 23456789, +4915123456789",
        "+49 (0)151-234 567 89, +4915123456789",
        "0049 151 23456789, +4915123456789",
        "+43 664 1234567, +436641234567"
    })
    void typed_mobile_numbers_become_e164(String typed, String e164) {
        assertEquals(Optional.of(e164), MobileNumbers.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"030 1234567", "12", "+49 151 abc", "0151 1234567890123", "", " "})
    void landlines_and_nonsense_are_refused(String typed) {
        assertTrue(MobileNumbers.normalise(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource({
        "0151 23456789, +4915123456789",
        "+49 151 23456789, +4915123456789",
        "+4915123456789, +4915123456789",
        "23456789, 23456789",
        "Anna Alt, Anna Alt"
    })
    void a_search_term_is_looked_for_as_numbers_are_stored(String term, String searched) {
        assertEquals(searched, MobileNumbers.searched(term));
    }

    @ParameterizedTest
    @CsvSource({"+4915123456789, DE", "+436641234567, AT", "+41791234567, CH", "+33612345678, FR"})
    void a_number_knows_its_country(String e164, String country) {
        assertEquals(country, MobileNumbers.country(e164));
    }
}
