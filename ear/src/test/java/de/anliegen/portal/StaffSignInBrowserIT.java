package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.demo.boundary.DemoData;
import de.anliegen.identity.control.Totp;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import java.time.Duration;
import java.time.Instant;
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

        assertTrue(cookie.startsWith("__Host-anliegen-session="), cookie);
        assertTrue(attributes.contains("; httponly"), cookie);
        assertTrue(attributes.contains("; secure"), cookie);
        assertTrue(attributes.contains("; samesite=strict"), cookie);
        assertFalse(attributes.contains("expires") || attributes.contains("max-age"), "ends with the browser session");
    }

    @Test
    void a_platform_admin_signs_in_with_password_and_authenticator_code_sees_who_they_are_and_signs_out() {
        try (var browser = Browser.open()) {
            browser.go("/portal/login.xhtml");
            Portal.fillSignIn(browser, "platform@anliegen.example", "demo-platform-2026");

            var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
            var code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:code")));
            browser.screenshot("portal-sign-in-code");
            code.sendKeys(wrong(Totp.code(DemoData.DEMO_TOTP_SECRET, Totp.stepOf(Instant.now()))));
            browser.driver().findElement(By.id("login:verify")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("login:messages"), "Der Code stimmt nicht."));
            var again = browser.driver().findElement(By.id("login:code"));
            again.clear();
            again.sendKeys(Portal.nextCode(Portal.PLATFORM_ADMIN, DemoData.DEMO_TOTP_SECRET));
            browser.driver().findElement(By.id("login:verify")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
            assertEquals(
                    "Willkommen, Paula Platform.",
                    browser.driver().findElement(By.id("welcome")).getText());
            assertEquals(
                    "Ihre Rollen: Plattformadmin",
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
    void an_agent_lands_in_the_inbox_and_a_link_followed_before_signing_in_opens_after_it() {
        var consumer = Consumers.signUp("Lina", "Link");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Per Link geteilt");
        try (var browser = Browser.open()) {
            Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("/portal/inbox/index.xhtml"),
                    browser.driver().getCurrentUrl());
            browser.driver().findElement(Portal.SIGNED_IN).click();
            // signing out is a request of its own: the link is followed once it has ended the session, as a person
            // who sees the sign-in page would (followed at once, the sign-out ended the session that kept the link)
            Portal.on(browser).visible(By.id("login:email"));

            var portal = Portal.on(browser).go("/portal/inbox/conversation.xhtml?id=" + id);
            portal.visible(By.id("login:email"));
            Portal.fillSignIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            portal.showsText(By.id("subject"), "Per Link geteilt");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("/portal/inbox/conversation.xhtml?id=" + id),
                    browser.driver().getCurrentUrl());
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

    /** Another code than this one in every digit: never one of the steps around it either, but by a rare chance. */
    private static String wrong(String code) {
        var out = new StringBuilder();
        for (var digit : code.toCharArray()) {
            out.append((char) ('0' + (digit - '0' + 5) % 10));
        }
        return out.toString();
    }
}
