package de.anliegen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.Statistics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The app's product analytics as a person meets it: nothing is sent before they consent in their account, the
 * screens they open are counted after it, and a withdrawal stops it at once. What is counted is read where the
 * operator reads it, the platform admin's statistics; what the app sends, from the page's own requests.
 */
class AppAnalyticsBrowserIT extends AgainstTheProduct {

    /** Notes every address the page fetches, from its first script on, also after a reload. */
    private static final String RECORD_FETCHES = """
            window.fetched = [];
            const original = window.fetch;
            window.fetch = (resource, options) => {
                window.fetched.push(String(resource instanceof Request ? resource.url : resource));
                return original(resource, options);
            };""";

    @Test
    void the_apps_screens_are_counted_only_after_consent_in_the_account_and_not_after_its_withdrawal() {
        var consumer = Consumers.signUp("Anja", "Analyse");
        try (var phone = Browser.openPhone();
                var admin = Browser.open()) {
            var app = Portal.on(phone);
            var before = Statistics.viewsToday(admin);
            phone.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_FETCHES));
            TheApp.openAs(phone, consumer, "#/companies");
            app.visible(By.cssSelector("#companyList li"));
            phone.go("/app/#/account");
            app.visible(By.id("consent-product-analytics"));
            assertEquals(List.of(), screenViewsSent(phone), "nothing is sent without consent");

            app.clickable(By.id("consent-product-analytics")).click();
            phone.driver().findElement(By.id("saveConsents")).click();
            app.showsText(By.id("consentsSaved"), "Gespeichert");
            phone.go("/app/#/companies");
            app.visible(By.cssSelector("#companyList li"));
            Portal.on(admin)
                    .until(page -> Statistics.viewsToday(admin).getOrDefault("/app#/companies", 0L)
                            == before.getOrDefault("/app#/companies", 0L) + 1);

            phone.go("/app/#/account");
            app.clickable(By.id("consent-product-analytics")).click();
            phone.driver().findElement(By.id("saveConsents")).click();
            app.showsText(By.id("consentsSaved"), "Gespeichert");
            var sent = screenViewsSent(phone).size();
            phone.go("/app/#/companies");
            app.visible(By.cssSelector("#companyList li"));
            phone.go("/app/#/conversations");
            app.visible(By.id("toCompanies"));
            assertEquals(sent, screenViewsSent(phone).size(), "nothing is sent after the withdrawal");
            var after = Statistics.viewsToday(admin);
            assertEquals(before.getOrDefault("/app#/companies", 0L) + 1, after.getOrDefault("/app#/companies", 0L));
            assertEquals(before.getOrDefault("/app#/conversations", 0L), after.getOrDefault("/app#/conversations", 0L));
            admin.screenshot("portal-statistics-with-app-screens");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> screenViewsSent(Browser phone) {
        return ((List<String>) phone.driver().executeScript("return window.fetched;"))
                .stream().filter(address -> address.endsWith("/screen-views")).toList();
    }
}
