package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Browser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The promise that data never leaves the German data centre starts here: no page asks another origin for anything. */
class OwnOriginBrowserIT extends AgainstTheProduct {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/portal/login.xhtml"})
    void a_page_loads_everything_from_our_own_origin(String path) {
        try (var browser = Browser.open()) {
            browser.go(path);

            var requests = browser.requestedUrls();
            assertFalse(requests.isEmpty(), "the performance log recorded the page's requests");
            assertEquals(List.of(), Browser.otherOrigins(requests));
            assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        }
    }
}
