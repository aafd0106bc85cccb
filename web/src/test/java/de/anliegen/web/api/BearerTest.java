package de.anliegen.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTest {

    @Test
    void a_browser_offers_its_token_as_a_subprotocol_beside_the_streams_own() {
        assertEquals(Optional.of("abc_DEF-123"), Bearer.ofProtocols(List.of("anliegen, bearer.abc_DEF-123")));
        assertEquals(Optional.of("staff.xyz"), Bearer.ofProtocols(List.of("anliegen", "bearer.staff.xyz")));
    }

    @Test
    void no_token_without_one_or_with_an_empty_or_overlong_one() {
        assertEquals(Optional.empty(), Bearer.ofProtocols(List.of()));
        assertEquals(Optional.empty(), Bearer.ofProtocols(List.of("anliegen")));
        assertEquals(Optional.empty(), Bearer.ofProtocols(List.of("anliegen, bearer.")));
        assertEquals(Optional.empty(), Bearer.ofProtocols(List.of("bearer." + "x".repeat(201))));
    }
}
