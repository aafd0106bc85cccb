package de.anliegen.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Reads every text column of every table of the product's database, for in-container tests of erasure. */
public final class TableScan {

    private static final Set<Integer> TEXT = Set.of(
            Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.CLOB,
            Types.NCLOB);

    private TableScan() {}

    /** Every table and text column that holds any of the values, as "table.column: value". */
    public static List<String> occurrences(DataSource database, List<String> values) throws SQLException {
        var found = new ArrayList<String>();
        try (var connection = database.getConnection()) {
            var meta = connection.getMetaData();
            var quote = meta.getIdentifierQuoteString().strip();
            var columns = new ArrayList<String[]>();
            try (var tables = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (tables.next()) {
                    if (TEXT.contains(tables.getInt("DATA_TYPE"))) {
                        columns.add(new String[] {tables.getString("TABLE_NAME"), tables.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 50, "the scan reads the product's tables: " + columns.size());
            for (var column : columns) {
                for (var value : values) {
                    var sql = "select count(*) from " + quote + column[0] + quote + " where " + quote + column[1]
                            + quote + " like ?";
                    try (var query = connection.prepareStatement(sql)) {
                        query.setString(1, "%" + value + "%");
                        try (var result = query.executeQuery()) {
                            result.next();
                            if (result.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
