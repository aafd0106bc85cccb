package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.app.TheApp;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashSet;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The data protection officer in the browser: records a written request, checks the requester's identity, exports,
 * rectifies, restricts and lifts, erases, and verifies the audit trail.
 */
class DataProtectionBrowserIT extends AgainstTheProduct {

    private static final String DPO = "dpo@anliegen.example";
    private static final String DPO_PASSWORD = "demo-dpo-2026";

    @Test
    void the_officer_answers_a_letter_from_recording_to_erasure_and_verifies_the_trail() throws Exception {
        var consumer = Consumers.signUp("Theo", "Transparenz");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var request = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Bitte um Auskunft");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, DPO, DPO_PASSWORD);
            portal.clickable(By.id("navDpo")).click();
            portal.visible(By.id("dpo:query")).sendKeys(consumer.mobileNumber());
            portal.clickable(By.id("dpo:search")).click();
            portal.showsText(By.id("dpo:found"), "Theo Transparenz");
            portal.showsText(By.id("dpo:found"), "Ausgewählt");
            browser.screenshot("portal-dpo-new-case");
            portal.clickable(By.id("dpo:record")).click();

            portal.showsText(By.id("person"), "Theo Transparenz");
            portal.showsText(By.id("identity"), "noch nicht");
            portal.visible(By.id("file:method")).sendKeys("Unterschrift mit dem Vertrag verglichen");
            portal.clickable(By.id("file:checked")).click();
            portal.showsText(By.id("identity"), "Unterschrift mit dem Vertrag verglichen");

            var link = portal.visible(By.id("file:exportDe")).getDomAttribute("href");
            var session = browser.driver()
                    .manage()
                    .getCookieNamed("__Host-anliegen-session")
                    .getValue();
            var client =
                    HttpClient.newBuilder().sslContext(Api.trustingSelfSigned()).build();
            var zip = client.send(
                    Api.request(link)
                            .header("Cookie", "__Host-anliegen-session=" + session)
                            .GET()
                            .build(),
                    BodyHandlers.ofByteArray());
            assertEquals(200, zip.statusCode());
            var entries = new HashSet<String>();
            try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.add(entry.getName());
                }
            }
            assertTrue(entries.containsAll(List.of("data.json", "report.html")), entries::toString);
            // the download left the page as it was; the link has it read the case again a moment later (called here at
            // once), and closing no longer says that nothing was exported
            assertEquals("true", portal.visible(By.id("file:exportDe")).getDomAttribute("data-rereads-case"));
            var closing = By.cssSelector(".ui-confirm-dialog");
            portal.clickable(By.id("file:answerSent")).click();
            portal.showsText(closing, "Es ist keine Auskunft exportiert.");
            portal.confirm(false);
            var before = browser.driver().findElement(By.id("file:answerSent"));
            browser.driver().executeScript("reReadCase();");
            portal.until(ExpectedConditions.stalenessOf(before));
            portal.clickable(By.id("file:answerSent")).click();
            portal.showsText(closing, "Die Antwort wird gespeichert und der Vorgang geschlossen.");
            portal.confirm(false);

            // an address another person has: refused with the reason, and the address stays in the box to correct
            var other = Consumers.signUp("Olga", "Andere");
            var taken = "olga-" + ServiceRequests.newId().substring(0, 8) + "@example.org";
            Consumers.confirmEmail(other, taken);
            portal.choose("file:field", "E-Mail-Adresse");
            portal.visible(By.id("file:value")).sendKeys(taken);
            portal.clickable(By.id("file:rectify")).click();
            portal.showsText(By.id("file:messages"), "gehört schon einer anderen Person");
            assertEquals(
                    taken, browser.driver().findElement(By.id("file:value")).getDomProperty("value"));
            portal.choose("file:field", "Nachname");
            browser.driver().findElement(By.id("file:value")).clear();

            portal.visible(By.id("file:value")).sendKeys("Transparent");
            portal.clickable(By.id("file:rectify")).click();
            portal.showsText(By.id("file:messages"), "Berichtigt");
            portal.showsText(By.id("person"), "Theo Transparent");
            portal.clickable(By.id("file:restrict")).click();
            portal.showsText(By.id("person"), "Verarbeitung eingeschränkt");
            assertTrue(Api.get("/api/v1/me", consumer.accessToken()).json().getBoolean("restricted"));
            agentSeesTheRequestRestricted(request);
            portal.clickable(By.id("file:lift")).click();
            portal.showsText(By.id("file:messages"), "aufgehoben");
            // the trail in words: who by name, role and company, what was done, why; no codes
            portal.showsText(By.id("file:trail"), "Daten berichtigt");
            portal.showsText(By.id("file:trail"), "Datenschutzbeauftragte/r, Anliegen");
            portal.showsText(By.id("file:trail"), "Antrag der betroffenen Person (Vorgang ");
            // the field rectified in the officer's language, not the code of our records
            portal.showsText(By.id("file:trail"), "Nachname: Transparenz → Transparent");
            var trail = portal.text(By.id("file:trail"));
            assertFalse(trail.contains("staff:") || trail.contains("consumer.") || trail.contains("case."), trail);
            assertFalse(trail.contains("lastName:"), trail);
            browser.screenshot("portal-dpo-case");

            portal.clickable(By.id("file:erase")).click();
            portal.confirm(true);
            portal.showsText(By.id("person"), "(gelöscht)");
            // the case keeps its record of actions, without the person
            portal.showsText(By.id("file:actions"), "Antrag erfasst");
            portal.showsText(By.id("file:actions"), "Identität geprüft");
            portal.showsText(By.id("file:actions"), "Daten gelöscht");
            assertFalse(portal.text(By.id("file:actions")).contains("Protokoll eingesehen"), "reading is no action");
            browser.screenshot("portal-dpo-case-erased");
            assertEquals(401, Api.get("/api/v1/me", consumer.accessToken()).status());
            // the person's app, opened again, says in words what happened
            try (var phone = Browser.openPhone()) {
                TheApp.openAs(phone, consumer, "#/conversations");
                Portal.on(phone).showsText(By.id("notice"), "Ihr Konto wurde gelöscht");
                Portal.on(phone).visible(By.id("register"));
                assertFalse(phone.driver().findElement(By.id("connection")).isDisplayed(), "no stream to miss");
                phone.screenshot("app-account-erased");
            }

            portal.clickable(By.id("back")).click();
            portal.clickable(By.id("dpo:verify")).click();
            portal.showsText(By.id("dpo:verification"), "Das Prüfprotokoll ist unversehrt");
            browser.screenshot("portal-dpo-cases", By.id("dpo:verification"));

            // an address naming no case, a number or not: said in words, never a conversion error
            for (var id : List.of("abc", "999999999")) {
                portal.go("/portal/dpo/case.xhtml?id=" + id);
                portal.showsText(By.id("file:messages"), "Einen Vorgang mit dieser Nummer gibt es nicht.");
                assertFalse(portal.text(By.id("file:messages")).contains("j_id"));
            }
        }
    }

    @Test
    void closing_a_case_asks_first_and_names_what_is_still_open() {
        var consumer = Consumers.signUp("Clara", "Schluss");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, DPO, DPO_PASSWORD);
            portal.recordCase(consumer.mobileNumber(), "Clara Schluss", "Einschränkung (Sperrung)");

            portal.visible(By.id("file:answer")).sendKeys("Ihre Daten sind gesperrt.");
            portal.clickable(By.id("file:answerSent")).click();
            var dialog = By.cssSelector(".ui-confirm-dialog");
            portal.showsText(dialog, "Die Identität der anfragenden Person ist nicht geprüft.");
            portal.showsText(dialog, "Die Verarbeitung ist nicht eingeschränkt worden.");
            browser.screenshot("portal-dpo-close-open-points");
            portal.confirm(false);
            assertTrue(browser.driver().findElements(By.id("answerText")).isEmpty(), "still open after no");

            portal.visible(By.id("file:method")).sendKeys("Unterschrift mit dem Vertrag verglichen");
            portal.clickable(By.id("file:checked")).click();
            portal.showsText(By.id("identity"), "Unterschrift mit dem Vertrag verglichen");
            portal.clickable(By.id("file:restrict")).click();
            portal.showsText(By.id("person"), "Verarbeitung eingeschränkt");
            assertEquals(
                    "Ihre Daten sind gesperrt.",
                    portal.visible(By.id("file:answer")).getDomProperty("value"),
                    "the answer's draft outlives the other actions");
            portal.clickable(By.id("file:answerSent")).click();
            portal.showsText(dialog, "Die Antwort wird gespeichert und der Vorgang geschlossen.");
            portal.confirm(true);
            portal.showsText(By.id("answerText"), "Ihre Daten sind gesperrt.");

            // the export's link of a tab opened before the case closed: back on the case, told why, not an error page
            var caseId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            portal.go("/portal/dpo/export?case=" + caseId);
            portal.showsText(By.tagName("body"), "Dieser Vorgang ist beantwortet und geschlossen.");
            assertTrue(browser.driver().getCurrentUrl().contains("/portal/dpo/case.xhtml?id=" + caseId));
        }
    }

    @Test
    void notes_saved_from_a_tab_opened_earlier_are_refused_showing_the_newer_ones_and_keeping_the_text_typed() {
        var consumer = Consumers.signUp("Nele", "Notizen");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, DPO, DPO_PASSWORD);
            portal.recordCase(consumer.mobileNumber(), "Nele Notizen", null);
            var caseId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            var earlier = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            portal.go("/portal/dpo/case.xhtml?id=" + caseId);
            writeNotes(portal, "Brief vom Montag, Ausweiskopie angefordert");
            portal.showsText(By.id("file:messages"), "Die Notizen sind gespeichert.");

            // the earlier tab's notes, typed, outlive its identity check, and still meet those saved meanwhile
            browser.driver().switchTo().window(earlier);
            var box = portal.visible(By.id("file:notes"));
            box.clear();
            box.sendKeys("Brief vom Montag, angerufen");
            portal.visible(By.id("file:method")).sendKeys("Unterschrift verglichen");
            portal.clickable(By.id("file:checked")).click();
            portal.showsText(By.id("identity"), "Unterschrift verglichen");
            portal.clickable(By.id("file:saveNotes")).click();

            portal.showsText(By.id("file:messages"), "Die Notizen wurden inzwischen geändert");
            portal.showsText(By.id("notesSaved"), "Brief vom Montag, Ausweiskopie angefordert");
            assertEquals(
                    "Brief vom Montag, angerufen",
                    portal.visible(By.id("file:notes")).getDomProperty("value"));
            browser.screenshot("portal-dpo-notes-changed-meanwhile");
            // seen now: saving again replaces them, knowingly
            portal.clickable(By.id("file:saveNotes")).click();
            portal.showsText(By.id("file:messages"), "Die Notizen sind gespeichert.");
            assertTrue(browser.driver().findElements(By.id("notesSaved")).isEmpty());
        }
    }

    private static void writeNotes(Portal portal, String notes) {
        var box = portal.visible(By.id("file:notes"));
        box.clear();
        box.sendKeys(notes);
        portal.clickable(By.id("file:saveNotes")).click();
    }

    @Test
    void an_agent_with_the_request_open_sees_it_restricted_and_shown_again_at_once_never_an_error_page() {
        var consumer = Consumers.signUp("Greta", "Gesperrt");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var request = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Abschlag zu hoch");
        try (var officer = Browser.open();
                var agent = Browser.open()) {
            var dpo = Portal.signIn(officer, DPO, DPO_PASSWORD);
            dpo.recordCase(consumer.mobileNumber(), "Greta Gesperrt", "Einschränkung (Sperrung)");
            dpo.visible(By.id("file:method")).sendKeys("Ausweis vorgelegt");
            dpo.clickable(By.id("file:checked")).click();
            dpo.showsText(By.id("identity"), "Ausweis vorgelegt");
            var thread = Portal.signIn(agent, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + request);
            thread.showsText(By.id("thread:entries"), "Guten Tag, Abschlag zu hoch");

            // a page that has not heard of the restriction yet: the agent's typing is what meets it
            agent.driver().executeScript("window.refreshThread = function () {};");
            thread.settled(); // a redraw already on its way (the page's own read marker's event) is let in first
            dpo.clickable(By.id("file:restrict")).click();
            dpo.showsText(By.id("person"), "Verarbeitung eingeschränkt");
            thread.visible(By.id("reply:text")).sendKeys("Guten Tag");
            thread.showsText(By.id("restricted"), "Verarbeitung eingeschränkt");
            assertFalse(agent.driver().getPageSource().contains("Guten Tag, Abschlag zu hoch"), "no message shown");
            // a file of the request, opened from that page: the request's page, which says why
            var session = agent.driver()
                    .manage()
                    .getCookieNamed("__Host-anliegen-session")
                    .getValue();
            var file = Api.send(Api.request("/portal/inbox/attachment?conversation=" + request + "&id=1")
                    .header("Cookie", "__Host-anliegen-session=" + session)
                    .GET()
                    .build());
            assertEquals(302, file.status(), file::body);
            assertTrue(
                    file.header("Location").orElse("").endsWith("/portal/inbox/conversation.xhtml?id=" + request),
                    file.header("Location")::toString);

            // the open page follows by itself: lifted, it shows the request again
            dpo.clickable(By.id("file:lift")).click();
            dpo.showsText(By.id("file:messages"), "aufgehoben");
            thread.showsText(By.id("thread:entries"), "Guten Tag, Abschlag zu hoch");

            // a reply sent from a page that has not heard of the next restriction: the page as it now is, not a word
            // at the reply box beside the withdrawn thread
            thread.visible(By.id("reply:text")).sendKeys("Wir prüfen den Abschlag.");
            agent.driver().executeScript("window.refreshThread = function () {};");
            agent.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500);");
            thread.settled();
            dpo.clickable(By.id("file:restrict")).click();
            dpo.showsText(By.id("person"), "Verarbeitung eingeschränkt");
            thread.click(By.id("reply:send"));
            thread.showsText(By.id("restricted"), "Verarbeitung eingeschränkt");
            assertFalse(agent.driver().getPageSource().contains("Guten Tag, Abschlag zu hoch"), "no message shown");
            assertTrue(agent.driver().findElements(By.id("reply:text")).isEmpty(), "no reply box");
            agent.screenshot("portal-thread-restricted-reply");

            // lifted, and restricted again: the open page follows by itself each time
            dpo.clickable(By.id("file:lift")).click();
            thread.showsText(By.id("thread:entries"), "Guten Tag, Abschlag zu hoch");
            assertFalse(thread.text(By.id("thread:entries")).contains("Wir prüfen den Abschlag"), "nothing was sent");
            thread.visible(By.id("reply:text"));
            dpo.clickable(By.id("file:restrict")).click();
            thread.showsText(By.id("restricted"), "Verarbeitung eingeschränkt");
            assertTrue(agent.driver().findElements(By.id("reply:text")).isEmpty(), "no reply box");
        }
    }

    /** What the company's agent meets meanwhile: the request, read-only, and why; never an error page. */
    private static void agentSeesTheRequestRestricted(long request) {
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml?queue=all");
            portal.showsText(By.id("inbox:conversations"), "Kundin/Kunde (Verarbeitung eingeschränkt)");

            portal.go("/portal/inbox/conversation.xhtml?id=" + request);
            portal.showsText(By.id("restricted"), "Verarbeitung eingeschränkt");
            portal.showsText(By.id("restricted"), "Sie müssen nichts tun");
            assertEquals("Bitte um Auskunft", portal.text(By.id("subject")));
            assertEquals("Kundin/Kunde (Verarbeitung eingeschränkt)", portal.text(By.id("consumerGone")));
            var page = browser.driver().getPageSource();
            assertFalse(page.contains("Guten Tag, Bitte um Auskunft"), "no message of the person");
            assertFalse(page.contains("Theo"), "no name of the person");
            for (var control : List.of("reply:text", "note:text", "meta:status", "meta:assignee", "meta:mine")) {
                assertTrue(browser.driver().findElements(By.id(control)).isEmpty(), control + " is not offered");
            }
            browser.screenshot("portal-thread-restricted");
        }
    }

    @Test
    void an_agent_cannot_open_the_workspace() {
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            assertTrue(browser.driver().findElements(By.id("navDpo")).isEmpty());
            portal.go("/portal/dpo/index.xhtml");
            portal.until(driver -> driver.getTitle().startsWith("Kein Zugriff"));
            assertTrue(browser.driver().findElements(By.id("dpo:query")).isEmpty());
        }
    }
}
