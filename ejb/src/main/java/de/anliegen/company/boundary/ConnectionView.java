package de.anliegen.company.boundary;

import de.anliegen.company.entity.Connection;
import java.time.Instant;

/** A connection as the consumer sees it: with which company, since when, and until when if it ended. */
public record ConnectionView(CompanyView company, Instant connectedAt, Instant endedAt) {

    static ConnectionView of(Connection connection) {
        return new ConnectionView(CompanyView.of(connection.company()), connection.connectedAt(), connection.endedAt());
    }
}
