package de.anliegen.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SocketOriginsTest {

    @Test
    void the_sites_own_pages_may_open_sockets_by_its_public_address_or_the_one_they_reached() {
        assertTrue(
                SocketOrigins.isOwn("https://anliegen.example", "https://anliegen.example/", "https://10.0.0.5:8443"));
        assertTrue(SocketOrigins.isOwn("HTTPS://Anliegen.Example", "https://anliegen.example:443", "https://x"));
        assertTrue(SocketOrigins.isOwn("https://localhost:8443", "https://anliegen.example", "https://localhost:8443"));
    }

    @Test
    void pages_of_any_other_origin_may_not() {
        assertFalse(
                SocketOrigins.isOwn("https://evil.example", "https://anliegen.example", "https://anliegen.example"));
        assertFalse(
                SocketOrigins.isOwn("http://anliegen.example", "https://anliegen.example", "https://anliegen.example"));
        assertFalse(SocketOrigins.isOwn("https://anliegen.example:8443", "https://anliegen.example", "https://x"));
        assertFalse(SocketOrigins.isOwn("null", "https://anliegen.example", "https://anliegen.example"));
        assertFalse(SocketOrigins.isOwn(
                "https://anliegen.example.evil.example", "https://anliegen.example", "https://anliegen.example"));
    }

    @Test
    void an_origin_is_scheme_host_and_a_port_other_than_the_schemes_own() {
        assertEquals("https://localhost:8443", SocketOrigins.originOf("https://LocalHost:8443/app/"));
        assertEquals("https://anliegen.example", SocketOrigins.originOf("https://anliegen.example:443"));
        assertEquals("http://anliegen.example", SocketOrigins.originOf("http://anliegen.example:80/x?y"));
    }
}
