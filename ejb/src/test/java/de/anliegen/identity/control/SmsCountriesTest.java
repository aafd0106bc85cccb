package de.anliegen.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsCountriesTest {

    @Test
    void each_country_with_its_budget_and_no_other_country() {
        var countries = SmsCountries.parse("DE:5000, at:500,CH:0", "SETTING");

        assertEquals(Optional.of(5000), countries.budgetOf("DE"));
        assertEquals(Optional.of(500), countries.budgetOf("AT"));
        assertEquals(Optional.of(0), countries.budgetOf("CH"));
        assertEquals(Optional.empty(), countries.budgetOf("FR"));
        assertEquals("Germany, Austria and Switzerland", countries.names());
        assertEquals("Germany", SmsCountries.parse("DE:1", "SETTING").names());
    }

    @Test
    void a_setting_that_is_not_a_list_of_countries_and_budgets_says_how_it_should_look() {
        for (var wrong : new String[] {"", "DE", "DE:many", "DEU:5", "DE:5;AT:5", "DE:-1"}) {
            var refused = assertThrows(IllegalStateException.class, () -> SmsCountries.parse(wrong, "SETTING"));
            assertEquals(
                    "SETTING must list countries with their codes per day, e.g. DE:5000,AT:500,CH:500, not '" + wrong
                            + "'",
                    refused.getMessage());
        }
    }
}
