package de.anliegen.company.boundary;

import de.anliegen.company.entity.Connection;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A connection as the consumer sees it: with which company, since when, and until when if it ended; and whether the
 * company takes requests through Anliegen now (a suspended one does not, and no search finds it, but the consumer
 * stays connected until they disconnect).
 */
public record ConnectionView(
        @NotNull CompanyView company,
        @NotNull Instant connectedAt,
        Instant endedAt,
        @NotNull boolean takesRequests) {

    static ConnectionView of(Connection connection) {
        return new ConnectionView(
                CompanyView.of(connection.company()),
                connection.connectedAt(),
                connection.endedAt(),
                !connection.company().isSuspended());
    }
}
