package de.anliegen.company.boundary;

import de.anliegen.company.entity.Connection;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A connection as the consumer sees it: with which company, since when, and until when if it ended; and whether the
 * company takes requests through Anliegen now, as its profile says (a suspended one does not, and no search finds it,
 * but the consumer stays connected until they disconnect).
 */
public record ConnectionView(
        @NotNull CompanyView company,
        @NotNull Instant connectedAt,
        Instant endedAt,
        @NotNull boolean takesRequests) {

    static ConnectionView of(Connection connection) {
        var company = CompanyView.of(connection.company());
        return new ConnectionView(company, connection.connectedAt(), connection.endedAt(), company.takesRequests());
    }
}
