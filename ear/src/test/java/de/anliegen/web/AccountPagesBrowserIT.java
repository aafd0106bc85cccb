package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Mails;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages the product's e-mails link to, as a person uses them in a browser. */
class AccountPagesBrowserIT extends AgainstTheProduct {

    @Test
    void a_person_confirms_the_address_and_then_chooses_a_new_password_in_the_browser() {
        var hanna = Consumers.signUp("Hanna", "Browser");
        var address = "hanna-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Api.sendJson(
                "PUT",
                "/api/v1/me/email",
                Json.createObjectBuilder().add("email", address).build().toString(),
                hanna.accessToken());
        var confirmLink = link(Mails.newestTo(address).getString("body"));

        try (var browser = Browser.open()) {
            var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
            browser.driver().get(confirmLink);
            browser.driver().findElement(By.id("confirm:submit")).click();
            var done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertEquals("Danke! " + address + " ist jetzt Ihre E-Mail-Adresse bei Anliegen.", done.getText());
            browser.screenshot("site-email-confirmed");

            var mail = Mails.nextTo(
                    address,
                    () -> Api.post(
                            "/api/v1/password-reset",
                            Json.createObjectBuilder()
                                    .add("email", address)
                                    .build()
                                    .toString()));
            browser.driver().get(link(mail.getString("body")));
            browser.driver().findElement(By.id("reset:password")).sendKeys("password1234");
            browser.driver().findElement(By.id("reset:submit")).click();
            var refusal =
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertTrue(refusal.getText().contains("zu kurz oder zu häufig"), refusal.getText());
            browser.screenshot("site-reset-refused");

            var field = browser.driver().findElement(By.id("reset:password"));
            field.clear();
            field.sendKeys("Bodensee-Fähre-2026");
            browser.driver().findElement(By.id("reset:submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        }
        assertEquals(
                200,
                Consumers.signInWithPassword(address, "Bodensee-Fähre-2026").status());
    }

    private static String link(String mail) {
        var start = mail.indexOf("https://");
        return mail.substring(start, mail.indexOf('\n', start)).strip();
    }
}
