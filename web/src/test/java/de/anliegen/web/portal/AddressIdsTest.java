package de.anliegen.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressIdsTest {

    @Test
    void a_number_is_the_id() {
        assertEquals(42, AddressIds.of("42"));
        assertEquals(42, AddressIds.of(" 42 "));
    }

    @Test
    void what_is_no_positive_number_names_nothing() {
        for (var value : new String[] {"abc", "", "-3", "1e3", "99999999999999999999", null}) {
            assertEquals(AddressIds.NONE, AddressIds.of(value), String.valueOf(value));
        }
    }
}
