package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.Accessibility;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page of the portal, signed in as each role, in German and in English: axe-core finds nothing serious or
 * critical, and the navigation marks where the person is.
 */
class PortalAccessibilityBrowserIT extends AgainstTheProduct {

    private static final String DPO = "dpo@anliegen.example";
    private static final String DPO_PASSWORD = "demo-dpo-2026";

    @Test
    void every_page_of_an_agent_and_a_company_admin() {
        var consumer = Consumers.signUp("Axel", "Zugang");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Barrierefrei");
        var problems = new ArrayList<String>();
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD);
            var pages = List.of(
                    "/portal/index.xhtml",
                    "/portal/inbox/index.xhtml",
                    "/portal/inbox/conversation.xhtml?id=" + id,
                    "/portal/account.xhtml",
                    "/portal/company/index.xhtml",
                    "/portal/company/profile.xhtml",
                    "/portal/company/team.xhtml",
                    "/portal/company/canned.xhtml");
            check(portal, pages, problems);
            portal.go("/portal/inbox/index.xhtml");
            assertEquals("page", browser.driver().findElement(By.id("navInbox")).getDomAttribute("aria-current"));
            assertEquals(null, browser.driver().findElement(By.id("navHome")).getDomAttribute("aria-current"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_page_of_the_platform_admin_and_the_data_protection_officer() {
        var consumer = Consumers.signUp("Dora", "Zugang");
        var problems = new ArrayList<String>();
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD);
            check(
                    portal,
                    List.of(
                            "/portal/index.xhtml",
                            "/portal/platform/index.xhtml",
                            "/portal/platform/staff.xhtml",
                            "/portal/platform/website.xhtml",
                            "/portal/two-factor.xhtml"),
                    problems);
        }
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, DPO, DPO_PASSWORD);
            portal.recordCase(consumer.mobileNumber(), "Dora Zugang", null);
            var casePage = browser.driver().getCurrentUrl().replaceAll("^https://[^/]+", "");
            check(portal, List.of("/portal/index.xhtml", "/portal/dpo/index.xhtml", casePage), problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_pages_before_signing_in_and_the_second_factor() {
        var problems = new ArrayList<String>();
        try (var browser = Browser.open()) {
            var portal = Portal.on(browser);
            check(portal, List.of("/portal/login.xhtml", "/portal/forgot.xhtml", "/portal/password.xhtml"), problems);
            browser.go("/portal/login.xhtml");
            Portal.fillSignIn(browser, Portal.AGENT, "not-the-password");
            portal.visible(By.cssSelector("[id='login:messages'] .ui-messages-error"));
            problems.addAll(Accessibility.graveProblems(browser).stream()
                    .map(problem -> "refused sign-in: " + problem)
                    .toList());
            browser.go("/portal/login.xhtml");
            Portal.fillSignIn(browser, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD);
            portal.visible(By.id("login:code"));
            problems.addAll(Accessibility.graveProblems(browser).stream()
                    .map(problem -> "second factor: " + problem)
                    .toList());
            browser.screenshot("portal-sign-in-second-factor");
        }
        assertEquals(List.of(), problems);
    }

    /** Each page in German, then each in English (the language the person chose stays for the session). */
    private static void check(Portal portal, List<String> pages, List<String> problems) {
        var browser = portal.browser();
        for (var language : List.of("de", "en")) {
            for (var page : pages) {
                portal.go(page);
                portal.visible(By.id("content"));
                if (!browser.driver()
                        .findElement(By.tagName("html"))
                        .getDomAttribute("lang")
                        .equals(language)) {
                    portal.clickable(By.cssSelector("#language a[lang='" + language + "']"))
                            .click();
                    portal.until(driver -> driver.findElement(By.tagName("html"))
                            .getDomAttribute("lang")
                            .equals(language));
                }
                Accessibility.graveProblems(browser).stream()
                        .map(problem -> page + " (" + language + "): " + problem)
                        .forEach(problems::add);
            }
        }
    }
}
