package de.anliegen.portal;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The inbox keeps what it shows in its address: an agent who filtered it, paged on and opened a request returns to the
 * same list, by the request's link back, by the browser's back button, and after the request was erased; an address
 * tampered with shows the inbox with its defaults.
 */
class InboxAddressBrowserIT extends AgainstTheProduct {

    private static final By TABLE = By.id("inbox:conversations");
    private static final By PAGE_REPORT = By.cssSelector("[id='inbox:conversations'] .ui-paginator-current");

    @Test
    void back_from_a_request_by_its_link_or_the_back_button_the_agent_finds_the_same_filtered_page() {
        var token = ServiceRequests.newId().substring(0, 6).replaceAll("[^a-z]", "q");
        var consumer = Consumers.signUp("Ada", "Adresse");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var tag = "adresse-" + token;
        var subjects = new ArrayList<String>();
        var ids = new ArrayList<Long>();
        for (var i = 0; i < 45; i++) {
            subjects.add(0, "Adresse " + token + " Nummer " + i);
            ids.add(0, ServiceRequests.open(consumer.accessToken(), STADTWERKE, subjects.get(0)));
            var labelled = Api.sendJson(
                    "PUT",
                    "/api/v1/conversations/" + ids.get(0) + "/labels",
                    "{\"priority\":\"high\",\"tags\":[\"" + tag + "\"]}",
                    agent.accessToken());
            assertEquals(200, labelled.status(), labelled::toString);
        }
        // found by the search, but neither high nor tagged: the filters leave it out
        ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Adresse " + token + " ohne Etikett");
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            portal.visible(TABLE);
            queueButton(portal, "Alle").click();
            portal.until(page ->
                    queueButton(portal, "Alle").getDomAttribute("aria-pressed").equals("true"));
            portal.choose("inbox:status", "Offen");
            portal.choose("inbox:priority", "Hoch");
            portal.choose("inbox:tag", tag);
            portal.visible(By.id("inbox:search")).sendKeys(token);
            portal.clickable(By.id("inbox:find")).click();
            turn(portal, null, "1–20 von 45", subjects.subList(0, 20));
            turn(portal, "next", "21–40 von 45", subjects.subList(20, 40));
            turn(portal, "next", "41–45 von 45", subjects.subList(40, 45));
            portal.settled();
            var filtered = "/portal/inbox/index.xhtml?queue=all&status=open&priority=high&tag=" + tag + "&search="
                    + token + "&page=3";
            portal.until(page -> address(browser).equals(filtered));
            browser.screenshot("portal-inbox-address-page-three");

            // by the request's link back
            portal.click(By.linkText(subjects.get(41)));
            portal.showsText(By.id("thread:entries"), subjects.get(41));
            portal.click(By.id("meta:back"));
            showsTheFilteredThirdPage(portal, subjects, tag, token);
            assertEquals(filtered, address(browser));

            // by the browser's back button
            portal.click(By.linkText(subjects.get(42)));
            portal.showsText(By.id("thread:entries"), subjects.get(42));
            browser.driver().navigate().back();
            showsTheFilteredThirdPage(portal, subjects, tag, token);
            assertEquals(filtered, address(browser));

            // a live change reaches the list the address opened: its row is drawn anew
            assertEquals("1", unread(portal, subjects.get(43)));
            var read = Api.post("/api/v1/conversations/" + ids.get(43) + "/read", "{\"upTo\":1}", agent.accessToken());
            assertEquals(200, read.status(), read::toString);
            portal.until(page -> unread(portal, subjects.get(43)).isEmpty());
            assertEquals(subjects.subList(40, 45), subjects(portal));

            // each filter taken back leaves the address, and the inbox in the navigation opens the inbox as it
            // comes, its address plain
            portal.choose("inbox:status", "Jeder Status");
            turn(portal, null, "1–20 von 45", subjects.subList(0, 20));
            portal.until(page -> address(browser)
                    .equals("/portal/inbox/index.xhtml?queue=all&priority=high&tag=" + tag + "&search=" + token));
            portal.click(By.id("navInbox"));
            portal.until(page -> queueButton(portal, "Nicht zugewiesen")
                    .getDomAttribute("aria-pressed")
                    .equals("true"));
            assertEquals("/portal/inbox/index.xhtml", address(browser));
            assertEquals("Jeder Status", portal.text(By.id("inbox:status_label")));
            assertEquals("", portal.visible(By.id("inbox:search")).getDomProperty("value"));
            assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        }
    }

    @Test
    void a_request_erased_meanwhile_leads_back_to_the_filtered_inbox_it_was_opened_from() {
        var token = ServiceRequests.newId().substring(0, 6).replaceAll("[^a-z]", "q");
        var consumer = Consumers.signUp("Erik", "Fort" + token);
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subject = "Gleich fort " + token;
        ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
        var stays = Consumers.signUp("Emma", "Bleibt" + token);
        ServiceRequests.connect(stays.accessToken(), STADTWERKE);
        var staying = "Bleibt " + token;
        ServiceRequests.open(stays.accessToken(), STADTWERKE, staying);
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml?queue=all&status=open&search=" + token);
            portal.showsText(TABLE, subject);
            portal.click(By.linkText(subject));
            portal.showsText(By.id("thread:entries"), subject);

            // read again once, when the test says (as InboxBrowserIT does): two reads racing could lose the word
            browser.driver()
                    .executeScript("window.readAgain = window.refreshThread; window.refreshThread = function () {};");
            browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500);");
            portal.settled();
            Consumers.deleteAccount(consumer);
            browser.driver().executeScript("window.readAgain();");
            portal.until(page -> page.getCurrentUrl().contains("/portal/inbox/index.xhtml"));
            portal.showsText(By.cssSelector(".ui-growl"), "Dieses Anliegen gibt es nicht mehr");
            assertEquals("/portal/inbox/index.xhtml?queue=all&status=open&search=" + token, address(browser));
            portal.until(page -> subjects(portal).equals(List.of(staying)));
            assertEquals("Offen", portal.text(By.id("inbox:status_label")));
        }
    }

    @Test
    void a_tampered_address_shows_the_inbox_with_its_defaults_never_an_error_page() {
        var consumer = Consumers.signUp("Tom", "Tamper");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subject = "Manipuliert " + ServiceRequests.newId().substring(0, 8);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml?queue=all&status=bogus&priority=%3Cb%3E&tag=nope&order=random"
                            + "&page=9999&search=" + "a".repeat(5_000));
            portal.showsText(TABLE, subject);
            assertTrue(
                    browser.driver().getTitle().matches("(\\(\\d+\\+?\\) )?Posteingang .*"),
                    browser.driver().getTitle());
            assertEquals("true", queueButton(portal, "Alle").getDomAttribute("aria-pressed"));
            assertEquals("Jeder Status", portal.text(By.id("inbox:status_label")));
            assertEquals("Jede Priorität", portal.text(By.id("inbox:priority_label")));
            assertEquals("Jedes Schlagwort", portal.text(By.id("inbox:tag_label")));
            assertEquals("", portal.visible(By.id("inbox:search")).getDomProperty("value"));
            assertTrue(portal.text(PAGE_REPORT).startsWith("1–20 von "), portal.text(PAGE_REPORT));
            portal.until(page -> address(browser).equals("/portal/inbox/index.xhtml?queue=all"));
            browser.screenshot("portal-inbox-tampered-address");

            // a page beyond the last of a short list: its last page
            portal.go("/portal/inbox/index.xhtml?queue=all&search=" + subject.replace(' ', '+') + "&page=7");
            portal.showsText(PAGE_REPORT, "1–1 von 1");
            assertEquals(List.of(subject), subjects(portal));

            // a request's link back is to the inbox alone, whatever was carried to it
            portal.go("/portal/inbox/conversation.xhtml?id=" + id + "&inbox="
                    + URLEncoder.encode("queue=mine&status=bogus&next=https://evil.example", StandardCharsets.UTF_8));
            assertEquals(
                    "/portal/inbox/index.xhtml?queue=mine",
                    path(portal.visible(By.id("meta:back")).getDomAttribute("href")));
            portal.go("/portal/inbox/conversation.xhtml?id=" + id + "&inbox=https%3A%2F%2Fevil.example%2F");
            assertEquals(
                    "/portal/inbox/index.xhtml",
                    path(portal.visible(By.id("meta:back")).getDomAttribute("href")));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static void showsTheFilteredThirdPage(Portal portal, List<String> subjects, String tag, String token) {
        portal.showsText(PAGE_REPORT, "41–45 von 45");
        portal.until(page -> subjects(portal).equals(subjects.subList(40, 45)));
        assertEquals("true", queueButton(portal, "Alle").getDomAttribute("aria-pressed"));
        assertEquals("Offen", portal.text(By.id("inbox:status_label")));
        assertEquals("Hoch", portal.text(By.id("inbox:priority_label")));
        assertEquals(tag, portal.text(By.id("inbox:tag_label")));
        assertEquals(token, portal.visible(By.id("inbox:search")).getDomProperty("value"));
    }

    /** The address the browser shows, below the origin. */
    private static String address(Browser browser) {
        return path(browser.driver().getCurrentUrl());
    }

    private static String path(String url) {
        var uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Clicks the paginator's link (next; none: stays) and waits for the page it brings. */
    private static void turn(Portal portal, String link, String report, List<String> subjects) {
        if (link != null) {
            portal.click(By.cssSelector("[id='inbox:conversations'] .ui-paginator-" + link));
        }
        portal.showsText(PAGE_REPORT, report);
        portal.until(page -> subjects(portal).equals(subjects));
    }

    private static List<String> subjects(Portal portal) {
        return portal
                .browser()
                .driver()
                .findElements(By.cssSelector("[id='inbox:conversations'] tbody tr a[id$=':open']"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String unread(Portal portal, String subject) {
        return portal
                .browser()
                .driver()
                .findElements(By.xpath("//*[@id='inbox:conversations']//tr[.//a[normalize-space(.)='" + subject
                        + "']]//*[contains(@class,'unread-badge')]"))
                .stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    private static WebElement queueButton(Portal portal, String label) {
        return portal.clickable(By.xpath("//*[@id='inbox:queue']//button[normalize-space(.)='" + label + "']"));
    }
}
