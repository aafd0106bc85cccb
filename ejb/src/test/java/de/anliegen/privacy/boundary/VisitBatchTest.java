package de.anliegen.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitBatchTest {

    @Test
    void visits_come_out_of_a_batch_as_they_went_in() {
        var visits = List.of(
                new Visit(
                        Instant.parse("2026-11-26T08:15:30.123Z"),
                        "consumer:17",
                        true,
                        "2001:db8::1",
                        "Mozilla/5.0 (Linux; Android 14) \"quoted\" ü",
                        "POST",
                        "/api/v1/conversations/42/messages",
                        201,
                        42L),
                new Visit(Instant.EPOCH, "agent@example.org", false, null, null, "GET", "/portal/", 200, null));

        assertEquals(visits, VisitBatch.read(VisitBatch.write(visits)));
    }

    @Test
    void a_method_or_path_longer_than_the_usage_log_keeps_is_cut_to_its_column() {
        var visit = new Visit(
                Instant.EPOCH, "consumer:1", true, null, null, "DELETEXXXXX", "/api/" + "x".repeat(300), 405, null);

        assertEquals("DELETEXXXX", visit.method());
        assertEquals(Visit.MOST_ENDPOINT, visit.endpoint().length());
        assertEquals(visit, VisitBatch.read(VisitBatch.write(List.of(visit))).get(0));
    }

    @Test
    void an_empty_batch_stays_empty() {
        assertEquals(List.of(), VisitBatch.read(VisitBatch.write(List.of())));
    }
}
