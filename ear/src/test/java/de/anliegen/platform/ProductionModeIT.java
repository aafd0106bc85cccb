package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    void no_document_of_the_api_names_the_dev_operations_in_production() {
        for (var document : List.of("/openapi?format=JSON", "/api/openapi/consumer.json")) {
            var body = Api.get(document).body();
            assertFalse(body.contains("/api/dev/"), () -> document + ": " + body.substring(body.indexOf("/api/dev/")));
        }
        ProblemDetailsIT.assertProblem(Api.get("/api/openapi/dev.json"), 404, "/problems/not-found", "Not Found");
    }

    @Test
    void without_a_facebook_app_facebook_sign_in_is_not_offered() {
        var dialog = Api.get("/api/v1/auth/facebook");
        assertEquals(200, dialog.status(), dialog::toString);
        assertFalse(dialog.json().getBoolean("offered"));
        assertEquals(1, dialog.json().size(), "nothing else: " + dialog.json());
        assertEquals(
                404,
                Api.post("/api/v1/auth/facebook", "{\"accessToken\":\"any\"}").status());
        var code = Api.post(
                "/api/v1/auth/facebook/code",
                "{\"code\":\"any\",\"codeVerifier\":\"" + "v".repeat(43)
                        + "\",\"redirectUri\":\"https://localhost:8443/app/\"}");
        assertEquals(404, code.status(), code::toString);
    }

    @Test
    void without_a_vapid_key_file_no_push_is_sent_and_the_app_offers_none() {
        // the production-mode test server has no ANLIEGEN_VAPID_KEY_FILE: as with ANLIEGEN_WEB_PUSH=off
        ProblemDetailsIT.assertProblem(Api.get("/api/v1/push/key"), 404, "/problems/not-found", "Not Found");
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
    void a_start_with_the_example_operator_says_which_settings_to_set() throws IOException {
        try (var servers = Files.list(Path.of("target"))) {
            var log = servers.filter(
                            directory -> directory.getFileName().toString().startsWith("wildfly-"))
                    .map(directory -> directory.resolve("standalone/log/server.log"))
                    .findFirst()
                    .orElseThrow();
            var text = Files.readString(log);
            assertTrue(
                    text.contains("The imprint and the privacy notice show the example operator: set "
                            + "ANLIEGEN_OPERATOR_NAME, ANLIEGEN_OPERATOR_ADDRESS"),
                    "no warning about the example operator in " + log);
        }
    }

    @Test
    void the_product_serves_in_production_mode() {
        assertEquals(200, Api.get("/health").status());
        assertEquals(200, Api.get("/portal/login.xhtml").status());
    }
}
