package de.anliegen.company.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.platform.problems.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A promise is set in hours and minutes, each within its own range. */
class ServiceLevelTest {

    @Test
    void hours_and_minutes_make_the_minutes_of_the_promise() {
        assertEquals(150, ServiceLevel.firstResponseMinutes(2, 30));
        assertEquals(168 * 60 + 59, ServiceLevel.firstResponseMinutes(168, 59), "the entity refuses more than a week");
    }

    @ParameterizedTest
    @CsvSource({"1, -30", "-1, 90", "0, 60", "169, 0", "71582789, 0"})
    void minutes_outside_an_hour_and_negative_or_overflowing_hours_are_refused(int hours, int minutes) {
        var refused = assertThrows(Invalid.class, () -> ServiceLevel.firstResponseMinutes(hours, minutes));
        assertEquals("invalid-first-response-time", refused.type());
    }
}
