package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The same EAR on a server started in production mode (Failsafe's production-mode run). */
@Tag("production-mode")
class ProductionModeIT extends AgainstTheProduct {

    @Test
    void the_dev_outbox_does_not_exist_in_production() {
        var reply = Api.get("/api/dev/outbox");

        ProblemDetailsIT.assertProblem(reply, 404, "/problems/not-found", "Not Found");
    }

    @Test
    void production_creates_no_demo_logins() {
        try (var browser = Browser.open()) {
            browser.go("/portal/login.xhtml");
            var page = browser.driver();
            page.findElement(By.id("login:email")).sendKeys("platform@anliegen.example");
            page.findElement(By.id("login:password")).sendKeys("demo-platform-2026");
            page.findElement(By.id("login:submit")).click();

            var refusal = new WebDriverWait(page, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertEquals(
                    "E-Mail-Adresse oder Passwort stimmen nicht.",
                    refusal.getText().trim());
        }
    }

    @Test
    void the_product_serves_in_production_mode() {
        assertEquals(200, Api.get("/health").status());
        assertEquals(200, Api.get("/portal/login.xhtml").status());
    }
}
