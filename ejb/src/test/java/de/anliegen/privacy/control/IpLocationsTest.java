package de.anliegen.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpLocationsTest {

    @TempDir
    Path directory;

    @Test
    void the_country_edition_gives_the_country() throws Exception {
        var table = table("""
                1.0.0.0,1.0.0.255,AU
                5.1.0.0,5.1.255.255,DE
                2001:db8::,2001:db8:ffff:ffff:ffff:ffff:ffff:ffff,NL
                """);

        assertEquals("DE", table.find(bytes("5.1.42.7")));
        assertEquals("AU", table.find(bytes("1.0.0.0")));
        assertEquals("AU", table.find(bytes("1.0.0.255")));
        assertEquals("NL", table.find(bytes("2001:db8:17::1")));
        assertEquals("unknown", table.find(bytes("1.0.1.0")));
        assertEquals("unknown", table.find(bytes("0.255.255.255")));
        assertEquals("unknown", table.find(bytes("9.9.9.9")));
    }

    @Test
    void the_city_edition_gives_country_and_region_never_the_city() throws Exception {
        var table = table("""
                5.1.0.0,5.1.127.255,EU,DE,Bayern,München,48.1,11.6
                5.1.128.0,5.1.255.255,EU,DE,"Baden-Württemberg","Stuttgart, Mitte",48.8,9.2
                """);

        assertEquals("DE, Bayern", table.find(bytes("5.1.0.1")));
        assertEquals("DE, Baden-Württemberg", table.find(bytes("5.1.200.1")));
    }

    @Test
    void headers_broken_lines_and_a_missing_file_are_no_locations() throws Exception {
        var table = table("""
                start,end,country
                not an address,5.1.0.0,DE
                5.1.0.0,5.1.255.255
                5.1.0.0,5.1.255.255,DE
                """);
        assertEquals("DE", table.find(bytes("5.1.0.9")));
        assertEquals(
                "unknown",
                IpLocations.load(directory.resolve("missing.csv").toString()).find(bytes("5.1.0.9")));
        assertEquals("unknown", IpLocations.load("").find(bytes("5.1.0.9")));
    }

    private IpLocations.Table table(String csv) throws Exception {
        var file = directory.resolve("locations.csv");
        Files.writeString(file, csv);
        return IpLocations.load(file.toString());
    }

    private static byte[] bytes(String ip) {
        return IpAddresses.sixteenBytes(IpAddresses.parse(ip).orElseThrow());
    }
}
