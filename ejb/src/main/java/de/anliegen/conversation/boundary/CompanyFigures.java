package de.anliegen.conversation.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How a company's service went over a period: requests open now, opened and resolved in the period, the median time
 * to the first answer and to resolution (of the requests opened in the period; null when there is none), the average
 * rating and how many ratings there were, and per day the requests opened and resolved.
 */
public record CompanyFigures(
        long openNow,
        long opened,
        long resolved,
        Duration medianFirstResponse,
        Duration medianResolution,
        Double averageRating,
        long ratings,
        List<Day> days)
        implements Serializable {

    public record Day(LocalDate date, long opened, long resolved) implements Serializable {}
}
