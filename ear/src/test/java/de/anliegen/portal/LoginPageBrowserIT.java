package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The portal's sign-in page in a real browser, over HTTPS, loading nothing from another origin. */
class LoginPageBrowserIT extends AgainstTheProduct {

    @Test
    void the_login_page_renders_over_https_with_no_request_to_another_origin() {
        try (var browser = Browser.open()) {
            browser.go("/portal/login.xhtml");
            var page = browser.driver();

            assertEquals(
                    "Anmeldung für Mitarbeitende",
                    page.findElement(By.tagName("h1")).getText());
            assertTrue(page.findElement(By.id("login:email")).isDisplayed());
            assertTrue(page.findElement(By.id("login:password")).isDisplayed());
            assertTrue(page.findElement(By.id("login:submit")).isDisplayed());
            browser.screenshot("portal-login");

            var requests = browser.requestedUrls();
            assertFalse(requests.isEmpty(), "the performance log recorded the page's requests");
            for (var url : requests) {
                var uri = URI.create(url);
                var ownOrigin =
                        uri.getScheme().equals("https") && uri.getAuthority().equals(Api.BASE.getAuthority());
                assertTrue(ownOrigin || uri.getScheme().equals("data"), () -> "request to another origin: " + url);
            }
            assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        }
    }
}
