package de.anliegen.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** One more person read than shown tells the officer that more match. */
class FoundSubjectsTest {

    @Test
    void as_many_as_are_shown_are_all_there_are() {
        var found = FoundSubjects.of(people(3), 3);

        assertEquals(3, found.subjects().size());
        assertFalse(found.more());
    }

    @Test
    void one_more_than_are_shown_is_told_and_not_shown() {
        var found = FoundSubjects.of(people(4), 3);

        assertEquals(
                List.of(1L, 2L, 3L),
                found.subjects().stream().map(DataSubject::id).toList());
        assertTrue(found.more());
    }

    private static List<DataSubject> people(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(id -> new DataSubject(id, "Eins", "Vielname", null, null, Instant.EPOCH, false))
                .toList();
    }
}
