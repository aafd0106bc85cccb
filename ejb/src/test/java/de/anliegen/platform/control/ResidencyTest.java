package de.anliegen.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidencyTest {

    @Test
    void the_hosts_of_a_jdbc_url() {
        assertEquals(List.of("db"), Residency.databaseHosts("jdbc:mariadb://db:3306/anliegen?user=a&password=b"));
        assertEquals(
                List.of("127.0.0.1"),
                Residency.databaseHosts("jdbc:mariadb://127.0.0.1:3306/test?user=root&password="));
        assertEquals(
                List.of("primary.db.example.de", "replica.db.example.de"),
                Residency.databaseHosts(
                        "jdbc:mariadb:replication://primary.db.example.de,replica.db.example.de:3307/x"));
        assertEquals(List.of("::1"), Residency.databaseHosts("jdbc:mariadb://[::1]:3306/test"));
        assertEquals(
                List.of("db.example.us"),
                Residency.databaseHosts("jdbc:mariadb://address=(host=db.example.us)(port=3306)/anliegen"));
    }

    @Test
    void an_embedded_database_has_no_host() {
        assertEquals(List.of(), Residency.databaseHosts(""));
        assertEquals(List.of(), Residency.databaseHosts("jdbc:h2:file:/opt/data/anliegen;MODE=MariaDB"));
    }

    @Test
    void hosts_outside_the_allow_list() {
        var allowed = "localhost, db ,*.fra.example.de";

        assertEquals(List.of(), Residency.outside(List.of("db", "primary.fra.example.de"), allowed));
        assertEquals(
                List.of("db.example.us", "fra.example.de.evil.com"),
                Residency.outside(List.of("db.example.us", "localhost", "fra.example.de.evil.com"), allowed));
        assertEquals(List.of("db"), Residency.outside(List.of("db"), ""));
    }
}
