package de.anliegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.Accessibility;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Browser;
import de.anliegen.support.Portal;
import de.anliegen.support.Statistics;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The public website as visitors meet it: only necessary cookies before a choice, accept and reject alike, the opt-out
 * link, Do-Not-Track and Global Privacy Control, nothing from another origin, the notice in German and English, and
 * what axe-core finds. Whether a view was counted is read where the operator reads it: the platform admin's chart.
 */
class WebsiteBrowserIT extends AgainstTheProduct {

    private static final List<String> PAGES =
            List.of("/", "/companies.xhtml", "/privacy.xhtml", "/imprint.xhtml", "/cookies.xhtml");
    private static final Set<String> NECESSARY = Set.of("__Host-anliegen-session", "anliegen_cookies");

    @Test
    void no_page_sets_more_than_necessary_cookies_before_a_choice_or_asks_another_origin_or_fails_axe() {
        try (var browser = Browser.open()) {
            for (var page : PAGES) {
                browser.go(page);
                assertTrue(
                        Set.of("__Host-anliegen-session").containsAll(browser.cookieNames()),
                        () -> page + " set " + browser.cookieNames());
                assertEquals(List.of(), Browser.otherOrigins(browser.requestedUrls()), page);
                assertEquals(List.of(), browser.consoleErrors(), page);
                assertEquals(List.of(), Accessibility.graveProblems(browser), page);
            }
            browser.go("/");
            var banner = browser.driver().findElement(By.id("cookieBanner"));
            assertTrue(banner.isDisplayed());
            var accept = browser.driver().findElement(By.id("acceptCookies"));
            var reject = browser.driver().findElement(By.id("rejectCookies"));
            for (var property : List.of("font-size", "font-weight", "color", "background-color", "border", "width")) {
                assertEquals(accept.getCssValue(property), reject.getCssValue(property), property);
            }
            browser.screenshot("site-home-banner");
        }
    }

    @Test
    void views_are_counted_only_after_acceptance_and_never_after_reject_opt_out_do_not_track_or_gpc() {
        try (var admin = Browser.open()) {
            var before = Statistics.viewsToday(admin);

            try (var undecided = Browser.open()) {
                undecided.go("/imprint.xhtml");
                undecided.go("/imprint.xhtml");
            }
            try (var rejecting = Browser.open()) {
                rejecting.go("/companies.xhtml");
                choose(rejecting, "rejectCookies");
                assertEquals(Optional.of("necessary"), rejecting.cookie("anliegen_cookies"));
                assertTrue(
                        rejecting.driver().findElements(By.id("cookieBanner")).isEmpty(), "the banner is gone");
                rejecting.go("/companies.xhtml");
                assertTrue(NECESSARY.containsAll(rejecting.cookieNames()), rejecting.cookieNames()::toString);
            }
            try (var accepting = Browser.open()) {
                accepting.go("/");
                choose(accepting, "acceptCookies");
                assertEquals(Optional.of("analytics"), accepting.cookie("anliegen_cookies"));
                accepting.go("/privacy.xhtml"); // counted: the only view of the privacy notice this test expects

                accepting.go("/cookies.xhtml");
                accepting.driver().findElement(By.id("optOut")).click();
                assertTrue(accepting
                        .driver()
                        .findElement(By.id("cookieStatus"))
                        .getText()
                        .contains("ausgeschaltet"));
                assertEquals(Optional.of("necessary"), accepting.cookie("anliegen_cookies"));
                accepting.go("/privacy.xhtml");
            }
            for (var signal : List.of("DNT", "Sec-GPC")) {
                try (var unwilling = Browser.open()) {
                    unwilling.sendingHeader(signal, "1").go("/");
                    choose(unwilling, "acceptCookies");
                    unwilling.go("/cookies.xhtml");
                    assertTrue(
                            unwilling
                                    .driver()
                                    .findElement(By.id("cookieStatus"))
                                    .getText()
                                    .contains("nicht verfolgt"),
                            signal);
                    unwilling.go("/privacy.xhtml");
                }
            }

            var after = Statistics.viewsToday(admin);
            assertEquals(before.getOrDefault("/imprint.xhtml", 0L), after.getOrDefault("/imprint.xhtml", 0L));
            assertEquals(before.getOrDefault("/companies.xhtml", 0L), after.getOrDefault("/companies.xhtml", 0L));
            assertEquals(before.getOrDefault("/privacy.xhtml", 0L) + 1, after.getOrDefault("/privacy.xhtml", 0L));
            assertTrue(
                    admin.driver().findElement(By.cssSelector("#chart canvas")).isDisplayed());
            admin.screenshot("portal-website-statistics");
        }
    }

    @Test
    void the_privacy_notice_and_the_imprint_speak_german_and_english_with_the_operators_facts() {
        try (var browser = Browser.open()) {
            browser.go("/privacy.xhtml");
            var portal = Portal.on(browser);
            assertEquals("Datenschutzerklärung", portal.text(By.cssSelector("#privacyNotice h1")));
            assertTrue(portal.text(By.id("dpoAddress")).contains("datenschutz@anliegen.example"));
            browser.screenshot("site-privacy-de");

            portal.clickable(By.cssSelector("a[lang='en']")).click();
            portal.showsText(By.cssSelector("#privacyNotice h1"), "Privacy notice");
            assertTrue(portal.text(By.id("privacyNotice")).contains("Do Not Track"));
            assertEquals(List.of(), Accessibility.graveProblems(browser));
            browser.screenshot("site-privacy-en");

            browser.go("/imprint.xhtml");
            assertEquals("Imprint", portal.text(By.tagName("h1")));
            assertTrue(portal.text(By.id("operator")).contains("Musterstraße 1"));
        }
        // on a phone the long German heading and the operator's facts fit: nothing to scroll sideways
        try (var phone = Browser.openPhone()) {
            for (var page : List.of("/privacy.xhtml", "/imprint.xhtml")) {
                phone.go(page);
                Portal.on(phone).visible(By.tagName("h1"));
                phone.assertFitsTheScreen(page);
            }
        }
    }

    /**
     * The statistics show the last 30 days at first, another ready-made period by its link, any days up to a year by
     * the two dates (the address names the period, to keep and share), and for a period they cannot show, the reason
     * and the last 30 days: days reversed, a last day after today, a year and more, a day that is no date.
     */
    @Test
    void the_statistics_show_the_period_chosen_and_say_why_they_cannot_show_another() {
        try (var admin = Browser.open()) {
            var portal = Portal.signIn(admin, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD);
            var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
            var shown = DateTimeFormatter.ofPattern("dd.MM.yyyy");
            portal.go("/portal/platform/website.xhtml");
            assertEquals(
                    "Seitenaufrufe vom " + shown.format(today.minusDays(29)) + " bis " + shown.format(today),
                    portal.text(By.id("periodShown")));
            assertEquals("Letzte 30 Tage", portal.text(By.cssSelector(".period a[aria-current='true']")));

            portal.clickable(By.linkText("Letzte 7 Tage")).click();
            portal.showsText(By.id("periodShown"), "vom " + shown.format(today.minusDays(6)));
            assertEquals("Letzte 7 Tage", portal.text(By.cssSelector(".period a[aria-current='true']")));
            assertTrue(admin.driver().getCurrentUrl().contains("from=" + today.minusDays(6)));
            // the language switch is a postback: the period shown stays, in the other language
            portal.clickable(By.cssSelector("#language a[lang='en']")).click();
            portal.showsText(By.id("periodShown"), "Page views from " + shown.format(today.minusDays(6)));
            portal.clickable(By.cssSelector("#language a[lang='de']")).click();
            portal.showsText(By.id("periodShown"), "Seitenaufrufe vom " + shown.format(today.minusDays(6)));

            var first = today.minusDays(45);
            var last = today.minusDays(40);
            ((JavascriptExecutor) admin.driver())
                    .executeScript(
                            "document.getElementById('from').value = arguments[0];"
                                    + " document.getElementById('to').value = arguments[1];",
                            first.toString(),
                            last.toString());
            portal.clickable(By.id("show")).click();
            portal.showsText(
                    By.id("periodShown"), "Seitenaufrufe vom " + shown.format(first) + " bis " + shown.format(last));
            assertTrue(admin.driver()
                    .findElements(By.cssSelector(".period a[aria-current='true']"))
                    .isEmpty());
            admin.screenshot("portal-website-period");

            var lastThirty = "Seitenaufrufe vom " + shown.format(today.minusDays(29)) + " bis " + shown.format(today);
            var wrongLength = "Bitte wählen Sie einen Zeitraum von 1 bis 366 Tagen.";
            for (var bad : Map.of(
                            "from=" + today + "&to=" + today.minusDays(3), wrongLength,
                            "from=" + today + "&to=" + today.plusDays(1), "Der Zeitraum endet spätestens heute.",
                            "from=" + today.minusDays(400) + "&to=" + today, wrongLength,
                            "from=gestern&to=" + today, wrongLength,
                            "to=" + today, wrongLength)
                    .entrySet()) {
                portal.go("/portal/platform/website.xhtml?" + bad.getKey());
                assertEquals(bad.getValue(), portal.text(By.id("messages")), bad.getKey());
                assertEquals(lastThirty, portal.text(By.id("periodShown")), bad.getKey());
            }
            assertEquals(List.of(), admin.consoleErrors());
        }
    }

    /** Clicks a choice of the banner and waits for the page it leads back to. */
    private static void choose(Browser visitor, String button) {
        visitor.driver().findElement(By.id(button)).click();
        Portal.on(visitor)
                .until(page -> page.findElements(By.id("cookieBanner")).isEmpty());
    }
}
