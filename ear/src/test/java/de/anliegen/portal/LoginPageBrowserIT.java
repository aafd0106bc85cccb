package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The portal's sign-in page in a real browser, over HTTPS (OwnOriginBrowserIT checks where it loads from). */
class LoginPageBrowserIT extends AgainstTheProduct {

    @Test
    void the_login_page_renders_over_https_in_the_browser_language() {
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

            assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        }
    }
}
