package de.anliegen.conversation.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How a company's service went over a period: requests open now, opened and resolved in the period, the median time
 * to the first answer and to resolution (of the requests opened in the period; null when there is none), the average
 * rating and how many ratings there were, and per day the requests opened and resolved. Of the first responses the
 * company promises: how many requests wait for theirs past the time it was due now ({@code overdueNow}), and of the
 * requests opened in the period how many had one promised and how many missed it (answered late, or not yet and
 * overdue).
 */
public record CompanyFigures(
        long openNow,
        long opened,
        long resolved,
        Duration medianFirstResponse,
        Duration medianResolution,
        Double averageRating,
        long ratings,
        long overdueNow,
        long promisedFirstResponses,
        long missedFirstResponses,
        List<Day> days)
        implements Serializable {

    public record Day(LocalDate date, long opened, long resolved) implements Serializable {}
}
