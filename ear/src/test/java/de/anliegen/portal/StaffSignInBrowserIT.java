package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Portal;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Staff sign in to the portal with the demo logins that dev mode prints, and sign out again. */
class StaffSignInBrowserIT extends AgainstTheProduct {

    @Test
    void the_portal_sends_a_visitor_without_session_to_the_sign_in_page() {
        var reply = Api.get("/portal/");

        assertEquals(302, reply.status(), reply::toString);
        assertTrue(reply.header("Location").orElse("").endsWith("/portal/login.xhtml"), reply::toString);
    }

    @Test
    void the_session_cookie_is_http_only_secure_and_same_site_strict() {
        var cookie = Api.get("/portal/login.xhtml").header("Set-Cookie").orElseThrow();
        var attributes = cookie.toLowerCase(Locale.ROOT);

        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(attributes.contains("; httponly"), cookie);
        assertTrue(attributes.contains("; secure"), cookie);
        assertTrue(attributes.contains("; samesite=strict"), cookie);
        assertFalse(attributes.contains("expires") || attributes.contains("max-age"), "ends with the browser session");
    }

    @Test
    void a_platform_admin_signs_in_sees_who_they_are_and_signs_out() {
        try (var browser = Browser.open()) {
            browser.go("/portal/login.xhtml");
            Portal.fillSignIn(browser, "platform@anliegen.example", "demo-platform-2026");

            var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
            assertEquals(
                    "Willkommen, Paula Platform.",
                    browser.driver().findElement(By.id("welcome")).getText());
            assertEquals(
                    "Ihre Rollen: PLATFORM_ADMIN",
                    browser.driver().findElement(By.id("roles")).getText());
            browser.screenshot("portal-signed-in");

            browser.driver().findElement(By.id("account:signOut")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
            browser.go("/portal/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/login.xhtml"));
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_readable_message() {
        try (var browser = Browser.open()) {
            browser.go("/portal/login.xhtml");
            Portal.fillSignIn(browser, "platform@anliegen.example", "not-the-password");

            var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
            var message =
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertEquals(
                    "E-Mail-Adresse oder Passwort stimmen nicht.",
                    message.getText().trim());
            assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/login.xhtml"));
            browser.screenshot("portal-sign-in-refused");
        }
    }
}
