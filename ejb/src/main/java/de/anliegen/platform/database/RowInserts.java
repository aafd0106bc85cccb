package de.anliegen.platform.database;

import jakarta.persistence.EntityManager;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/**
 * Many rows of one table written with multi-row {@code INSERT} statements of up to {@value #ROWS_PER_STATEMENT} rows,
 * in the caller's transaction: for the writers of many rows at a time (the sequencer's events, the usage log's
 * records), whose entities have database-generated ids that Hibernate would insert one round trip at a time.
 * Instants are stored as UTC, as Hibernate stores them ({@code hibernate.jdbc.time_zone}).
 */
public final class RowInserts {

    static final int ROWS_PER_STATEMENT = 100;

    private RowInserts() {}

    /** Writes the rows, each holding a value per column in the columns' order. */
    public static void into(EntityManager em, String table, List<String> columns, List<Object[]> rows) {
        var row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        var head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        em.unwrap(Session.class).doWork(connection -> {
            for (var from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                try (var insert =
                        connection.prepareStatement(head + String.join(", ", Collections.nCopies(chunk.size(), row)))) {
                    var i = 0;
                    for (var values : chunk) {
                        if (values.length != columns.size()) {
                            throw new IllegalArgumentException(
                                    values.length + " values for the " + columns.size() + " columns of " + table);
                        }
                        for (var value : values) {
                            i++;
                            if (value == null) {
                                insert.setNull(i, Types.NULL);
                            } else if (value instanceof Instant instant) {
                                insert.setObject(i, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                            } else {
                                insert.setObject(i, value);
                            }
                        }
                    }
                    insert.executeUpdate();
                }
            }
        });
    }
}
