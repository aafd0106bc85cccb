package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import jakarta.annotation.Resource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema a Galera cluster replicates (ADR 12): every table InnoDB and with a primary key, or Galera refuses or
 * mangles its rows. On MariaDB, where the migrations made it.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class GaleraReadinessIT {

    @Resource(lookup = "java:jboss/datasources/AnliegenDS")
    DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void every_table_has_a_primary_key_and_is_innodb() throws SQLException {
        try (var connection = database.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("MariaDB"), "on MariaDB");
        }
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
        try (var connection = database.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
