package de.anliegen.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WithoutPersonTest {

    @Test
    void names_number_and_address_go_whatever_their_case_and_the_evidence_stays() {
        var without =
                new WithoutPerson(List.of("Ernst", "Löschantrag", "+4915112345678", "ernst@example.org"), List.of());

        assertEquals(
                "Brief von […] […] ([…]), Ausweis gesehen; Antwort an […] und […]",
                without.of("Brief von Ernst Löschantrag (ERNST), Ausweis gesehen; Antwort an ernst@example.org und"
                        + " +4915112345678"));
    }

    @Test
    void a_rectified_old_value_goes_too_also_where_the_new_one_contains_it() {
        var without = new WithoutPerson(List.of("Ernsta"), List.of("firstName: Ernst → Ernsta"));

        assertEquals("Schreiben von […], jetzt […]", without.of("Schreiben von Ernst, jetzt Ernsta"));
        assertEquals("firstName bleibt", without.of("firstName bleibt"), "the field's name is no personal data");
    }

    @Test
    void a_short_name_goes_where_it_stands_as_a_word_and_nothing_at_all_changes_nothing() {
        assertEquals(
                "[…] an […], Jojo und Edda bleiben",
                new WithoutPerson(List.of("Jo", "Ed"), List.of()).of("Jo an Ed, Jojo und Edda bleiben"));
        assertNull(new WithoutPerson(List.of(), List.of()).of(null));
    }

    @Test
    void a_name_goes_also_with_something_attached_to_it() {
        var without = new WithoutPerson(List.of("Anna", "Schmidt", "anna.schmidt1990@gmx.de"), List.of());

        assertEquals(
                "Frau […]s Schreiben, […]s Ausweis, alte Adresse […]",
                without.of("Frau Schmidts Schreiben, Annas Ausweis, alte Adresse anna.schmidt1990@gmx.de"));
    }

    @Test
    void the_mobile_number_goes_however_it_was_written_and_other_numbers_stay() {
        var without = new WithoutPerson(List.of("Li", "+4915112345678"), List.of());

        assertEquals(
                "Rückruf an […], […], […] oder […]; Kundennummer 4915112345678901 bleibt",
                without.of("Rückruf an 0151 1234 5678, 0151/12345678, +49 (151) 123-456-78 oder 004915112345678;"
                        + " Kundennummer 4915112345678901 bleibt"));
    }
}
