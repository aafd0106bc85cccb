package de.anliegen.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpAddressesTest {

    @Test
    void an_ipv4_address_is_shortened_to_its_24_bit_network() {
        assertEquals("203.0.113.0", IpAddresses.shorten("203.0.113.77"));
        assertEquals("10.1.2.0", IpAddresses.shorten(" 10.1.2.3 "));
    }

    @Test
    void an_ipv6_address_is_shortened_to_its_48_bit_network() {
        assertEquals("2001:db8:4:0:0:0:0:0", IpAddresses.shorten("2001:db8:4:17:abcd::1"));
        assertEquals("fe80:0:0:0:0:0:0:0", IpAddresses.shorten("fe80::1%eth0"));
    }

    @Test
    void an_ipv4_mapped_ipv6_address_counts_as_ipv4() {
        assertEquals("198.51.100.0", IpAddresses.shorten("::ffff:198.51.100.23"));
    }

    @Test
    void a_host_name_is_never_looked_up() {
        assertTrue(IpAddresses.parse("localhost").isEmpty());
        assertTrue(IpAddresses.parse("example.org").isEmpty());
        assertEquals("unknown", IpAddresses.shorten("evil.example"));
        assertEquals("unknown", IpAddresses.shorten(null));
    }
}
