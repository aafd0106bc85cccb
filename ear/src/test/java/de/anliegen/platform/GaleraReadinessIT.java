package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.OnEveryDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema a Galera cluster replicates (ADR 12): every table InnoDB and with a primary key, or Galera refuses or
 * mangles its rows. On MariaDB (.ci/run's second pass), in the database the server under test migrated.
 */
@OnEveryDatabase
class GaleraReadinessIT extends AgainstTheProduct {

    @Test
    void every_table_has_a_primary_key_and_is_innodb() throws SQLException {
        assumeTrue(
                System.getenv().getOrDefault("DB_URL", "").startsWith("jdbc:mariadb:"),
                "the dev database (H2) is no Galera candidate");
        // migrated by the server under test
        assertTrue(tables("""
                        select table_name from information_schema.tables
                        where table_schema = database() and table_type = 'BASE TABLE'""").containsAll(List.of("message", "lease", "flyway_schema_history")));
        assertEquals(List.of(), tables("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')"""), "tables without a primary key");
        assertEquals(List.of(), tables("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'"""), "tables Galera does not replicate");
    }

    private List<String> tables(String sql) throws SQLException {
        var names = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(System.getenv("DB_URL"));
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
