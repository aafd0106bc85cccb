package de.anliegen.portal;

import static de.anliegen.support.ServiceRequests.BAECKEREI;
import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The help-desk basics agents expect beside the thread and the inbox, each as an agent meets it in the browser. */
class HelpDeskBrowserIT extends AgainstTheProduct {

    private static final By OTHERS = By.id("others");

    /**
     * What the thread's details say follows what the server did: an answer moves an open request to waiting at once,
     * several tags typed with commas are all kept without the field being replaced under the typing, an eleventh is
     * refused with its reason (the chips once took no more than ten without a word), and an address whose id is no
     * number is simply not found.
     */
    @Test
    void an_answer_shows_the_new_status_and_tags_typed_with_commas_are_kept_up_to_ten() {
        var consumer = Consumers.signUp("Sina", "Status");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Abschlag");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            assertEquals("Offen", portal.text(By.id("currentStatus")));
            portal.visible(By.id("reply:text")).sendKeys("Wir kümmern uns darum.");
            portal.click(By.id("reply:send"));
            portal.showsText(By.id("currentStatus"), "Wartet auf Kundschaft");

            var tags = portal.visible(By.cssSelector("#meta\\:tags input"));
            tags.sendKeys("alpha,beta,gamma");
            tags.sendKeys(Keys.ENTER);
            var agent = ServiceRequests.stadtwerkeAgent();
            portal.until(page -> tagsOf(agent, id).equals(List.of("alpha", "beta", "gamma")));

            // six more at once are kept without the field being replaced under the typing (the chips were once drawn
            // anew at every tag, since the tags are kept in alphabetical order)
            tags = portal.visible(By.cssSelector("#meta\\:tags input"));
            tags.sendKeys("d4,e5,f6,g7,h8,i9");
            tags.sendKeys(Keys.ENTER);
            var nine = Set.of("alpha", "beta", "gamma", "d4", "e5", "f6", "g7", "h8", "i9");
            portal.until(page -> Set.copyOf(tagsOf(agent, id)).equals(nine));
            portal.settled();
            assertEquals(tags, browser.driver().switchTo().activeElement(), "the field typed in keeps the focus");

            // three more at once: the tenth is kept, the eleventh and twelfth refused with the reason, and the chips
            // show the ten kept (an eleventh in the chips' value once made each later tag replace all but the first
            // three)
            tags.sendKeys("j10,k11,l12" + Keys.ENTER);
            portal.showsText(By.cssSelector(".ui-growl"), "Ein Anliegen hat höchstens 10 Schlagwörter");
            portal.settled();
            var ten = Set.of("alpha", "beta", "gamma", "d4", "e5", "f6", "g7", "h8", "i9", "j10");
            assertEquals(ten, Set.copyOf(tagsOf(agent, id)));
            portal.until(page -> Set.copyOf(chipTexts(browser)).equals(ten));
            assertEquals(10, chipTexts(browser).size());

            portal.go("/portal/inbox/conversation.xhtml?id=abc");
            assertTrue(
                    browser.driver().getTitle().startsWith("Nicht gefunden"),
                    browser.driver().getTitle());
        }
    }

    /**
     * A colleague tags the request (another tab, the API) while the agent's page has not heard of it yet: the agent's
     * tag and priority leave the colleague's tag on; the page once sent its whole list and took it off again.
     */
    @Test
    void a_colleagues_tag_set_meanwhile_stays_when_the_agent_tags_or_sets_the_priority() {
        var consumer = Consumers.signUp("Kai", "Kollege");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Zähler klemmt");
        var colleague = ServiceRequests.stadtwerkeAdmin();
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            portal.visible(By.id("meta:tags_input"));
            browser.driver().executeScript("window.refreshThread = function () {};");
            portal.settled(); // a redraw already on its way (the page's own read marker's event) is let in first
            var labelled = Api.sendJson(
                    "PUT",
                    "/api/v1/conversations/" + id + "/labels",
                    Json.createObjectBuilder()
                            .add("tags", Json.createArrayBuilder().add("vor ort"))
                            .build()
                            .toString(),
                    colleague.accessToken());
            assertEquals(200, labelled.status(), labelled::toString);

            portal.visible(By.id("meta:tags_input")).sendKeys("rückruf", Keys.ENTER);
            portal.until(page -> Set.copyOf(tagsOf(colleague, id)).equals(Set.of("rückruf", "vor ort")));
            portal.until(page -> Set.copyOf(chipTexts(browser)).equals(Set.of("rückruf", "vor ort")));
            portal.choose("meta:priority", "Dringend");
            // the tag's save showed the same growl, which may still stand: the stored priority says when it is saved
            portal.until(page -> "urgent"
                    .equals(ServiceRequests.conversation(colleague.accessToken(), id)
                            .getString("priority")));
            portal.showsText(By.cssSelector(".ui-growl"), "Priorität und Schlagwörter sind gespeichert.");
            assertEquals(Set.of("rückruf", "vor ort"), Set.copyOf(tagsOf(colleague, id)));
        }
    }

    /**
     * Beside a request the agent sees since when the customer is connected, their consent to the company's answering,
     * and their other requests to this company (never those to another), each a link; nothing once they disconnect.
     */
    @Test
    void the_customer_panel_shows_the_connection_the_consent_and_the_other_requests_to_this_company_only() {
        var consumer = Consumers.signUp("Clara", "Panel");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        ServiceRequests.connect(consumer.accessToken(), BAECKEREI);
        var tag = ServiceRequests.newId().substring(0, 6);
        var first = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Abschlag " + tag);
        ServiceRequests.open(consumer.accessToken(), BAECKEREI, "Torte " + tag);
        var latest = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Zählerstand " + tag);
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + latest);
            var connected = portal.text(By.id("connectedAt"));
            assertFalse(connected.isBlank());
            var consent = portal.text(By.id("consent"));
            assertTrue(consent.startsWith("Erteilt am "), consent);
            assertTrue(consent.contains("beim Verbinden") && consent.contains("Fassung vom 2026-11-25"), consent);
            assertEquals("Abschlag " + tag, portal.text(By.cssSelector("#others li a")));
            assertFalse(
                    portal.text(OTHERS).contains("Torte"), "the bakery's request is none of the utility's business");
            assertFalse(portal.text(OTHERS).contains("Zählerstand"), "the request shown is not among the others");
            browser.screenshot("portal-customer-panel");

            portal.clickable(By.linkText("Abschlag " + tag)).click();
            portal.showsText(By.id("subject"), "Abschlag " + tag);
            assertTrue(browser.driver().getCurrentUrl().endsWith("id=" + first));
            assertEquals("Zählerstand " + tag, portal.text(By.cssSelector("#others li a")));

            // eleven more: the latest ten stand in the panel, and how many there are
            for (var i = 0; i < 11; i++) {
                ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Nachtrag " + i + " " + tag);
            }
            portal.go("/portal/inbox/conversation.xhtml?id=" + first);
            assertEquals(
                    10,
                    browser.driver().findElements(By.cssSelector("#others li")).size());
            assertEquals("Die neuesten 10 von 12.", portal.text(By.id("meta:moreOthers")));
            assertEquals(
                    "Nachtrag 10 " + tag, portal.text(By.cssSelector("#others li a")), "the latest activity first");

            assertEquals(
                    204,
                    Api.delete("/api/v1/me/companies/" + STADTWERKE, consumer.accessToken())
                            .status());
            portal.go("/portal/inbox/conversation.xhtml?id=" + first);
            portal.visible(By.id("consumerGone"));
            assertTrue(browser.driver().findElements(By.id("customer")).isEmpty(), "no one named, nothing beside");
            assertTrue(browser.driver().findElements(OTHERS).isEmpty());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /**
     * An agent gives a request a priority and tags, filters the inbox by either (and back to any), and changes
     * several selected requests at once; a bad tag is refused with a reason, and the consumer learns of none of it.
     */
    @Test
    void an_agent_labels_requests_filters_by_the_labels_and_changes_selected_requests_at_once() {
        var consumer = Consumers.signUp("Tim", "Tags");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var word = "Etikett" + ServiceRequests.newId().substring(0, 6);
        var urgent = "Ausfall " + word;
        var second = "Rechnung " + word;
        var third = "Umzug " + word;
        var urgentId = ServiceRequests.open(consumer.accessToken(), STADTWERKE, urgent);
        var secondId = ServiceRequests.open(consumer.accessToken(), STADTWERKE, second);
        var thirdId = ServiceRequests.open(consumer.accessToken(), STADTWERKE, third);
        var tag = "rückruf-" + word.substring(7).toLowerCase(java.util.Locale.ROOT);
        try (var browser = Browser.open();
                var stream = StreamClient.ready(consumer.accessToken(), null)) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + urgentId);
            portal.choose("meta:priority", "Dringend");
            portal.showsText(By.cssSelector(".ui-growl"), "Priorität und Schlagwörter sind gespeichert.");
            var chips = portal.visible(By.id("meta:tags_input"));
            chips.sendKeys(tag.toUpperCase(java.util.Locale.ROOT) + " ");
            chips.sendKeys(Keys.ENTER);
            portal.until(page -> page.findElements(By.cssSelector("[id='meta:tags'] .ui-chips-token")).stream()
                    .anyMatch(token -> token.getText().contains(tag)));
            // a tag of symbols: refused with the reason, and not kept
            portal.visible(By.id("meta:tags_input")).sendKeys("<b>", Keys.ENTER);
            portal.showsText(
                    By.cssSelector(".ui-growl"), "Ein Schlagwort beginnt mit einem Buchstaben oder einer Ziffer");
            // a second tag, then taken off again by its chip's cross
            portal.go("/portal/inbox/conversation.xhtml?id=" + urgentId);
            portal.visible(By.id("meta:tags_input")).sendKeys("vorläufig", Keys.ENTER);
            portal.until(page -> chipTexts(browser).equals(List.of(tag, "vorläufig")));
            // the chips change at once in the browser; the tags are kept when the server has answered
            var agent = ServiceRequests.stadtwerkeAgent();
            portal.until(page -> tagsOf(agent, urgentId).equals(List.of(tag, "vorläufig")));
            portal.click(By.xpath("//*[@id='meta:tags']//li[contains(@class,'ui-chips-token')]"
                    + "[.//span[normalize-space(.)='vorläufig']]//*[contains(@class,'ui-chips-token-icon')]"));
            portal.until(page -> chipTexts(browser).equals(List.of(tag)));
            portal.until(page -> tagsOf(agent, urgentId).equals(List.of(tag)));
            portal.go("/portal/inbox/conversation.xhtml?id=" + urgentId);
            assertEquals("Dringend", portal.text(By.id("meta:priority_label")));
            assertEquals(List.of(tag), chipTexts(browser));
            browser.screenshot("portal-labels");

            // the consumer sees neither, and their stream carries no event of it
            var seen = ServiceRequests.conversation(consumer.accessToken(), urgentId);
            assertFalse(seen.containsKey("priority") || seen.containsKey("tags"), seen::toString);
            var heard = stream.poll(Duration.ofMillis(300));
            while (heard != null) {
                assertFalse(heard.getString("type").equals("labels"), heard::toString);
                heard = stream.poll(Duration.ofMillis(300));
            }

            portal.go("/portal/inbox/index.xhtml?queue=all");
            portal.visible(By.id("inbox:search")).sendKeys(word);
            portal.clickable(By.id("inbox:find")).click();
            portal.until(page -> subjects(browser).size() == 3);
            assertTrue(portal.text(By.id("inbox:conversations")).contains("Dringend"));
            portal.choose("inbox:priority", "Dringend");
            portal.until(page -> subjects(browser).equals(List.of(urgent)));
            portal.choose("inbox:priority", "Normal");
            portal.until(page -> subjects(browser).equals(List.of(third, second)));
            portal.choose("inbox:priority", "Jede Priorität");
            portal.until(page -> subjects(browser).size() == 3);
            portal.choose("inbox:tag", tag);
            portal.until(page -> subjects(browser).equals(List.of(urgent)));
            portal.choose("inbox:tag", "Jedes Schlagwort");
            portal.until(page -> subjects(browser).size() == 3);

            // nothing selected: told so, nothing changes
            portal.clickable(By.id("inbox:applyBulk")).click();
            portal.showsText(By.cssSelector(".ui-growl"), "Wählen Sie zuerst Anliegen in der Liste aus.");

            selectRow(portal, second);
            selectRow(portal, third);
            portal.choose("inbox:bulkStatus", "Erledigt");
            portal.choose("inbox:bulkAssignee", "Alex Agent");
            var sammel = "sammel-" + word.substring(7).toLowerCase(java.util.Locale.ROOT);
            portal.visible(By.id("inbox:bulkTag")).sendKeys(sammel);
            portal.clickable(By.id("inbox:applyBulk")).click();
            portal.showsText(By.cssSelector(".ui-growl"), "2 Anliegen geändert.");
            portal.until(page -> portal.text(By.id("inbox:conversations")).split("Erledigt", -1).length == 3);
            browser.screenshot("portal-bulk-changed");

            for (var id : List.of(secondId, thirdId)) {
                var changed = ServiceRequests.conversation(agent.accessToken(), id);
                assertEquals("resolved", changed.getString("status"));
                assertEquals(List.of(sammel), strings(changed.getJsonArray("tags")));
                assertTrue(changed.containsKey("assignedAgentId"));
            }
            var untouched = ServiceRequests.conversation(agent.accessToken(), urgentId);
            assertEquals("open", untouched.getString("status"));
            assertEquals("urgent", untouched.getString("priority"));

            // the new tag is offered to filter by at once
            portal.choose("inbox:tag", sammel);
            portal.until(page -> subjects(browser).equals(List.of(third, second)));

            // the consumer closes one of them: a status for both is refused naming it, and neither changes
            var closing =
                    Api.sendJson("POST", "/api/v1/conversations/" + secondId + "/close", "{}", consumer.accessToken());
            assertEquals(200, closing.status(), closing::toString);
            portal.until(page -> portal.text(By.id("inbox:conversations")).contains("Geschlossen"));
            selectRow(portal, second);
            selectRow(portal, third);
            portal.choose("inbox:bulkStatus", "Offen");
            portal.clickable(By.id("inbox:applyBulk")).click();
            portal.showsText(
                    By.cssSelector(".ui-growl"), "Geschlossene Anliegen behalten ihren Status (" + second + ")");
            assertEquals(
                    "resolved",
                    ServiceRequests.conversation(agent.accessToken(), thirdId).getString("status"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /**
     * The rows an agent ticked for a change at once stay ticked while the inbox is drawn anew live (they were once
     * cleared by every new request); a ticked row that a colleague takes out of the list meanwhile is not changed with
     * the others, since the agent no longer sees it.
     */
    @Test
    void ticked_rows_stay_ticked_through_a_live_redraw_and_one_that_left_the_list_is_not_changed() {
        var consumer = Consumers.signUp("Hakan", "Haken");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var word = "Haken" + ServiceRequests.newId().substring(0, 6);
        var kept = "Gas " + word;
        var taken = "Wasser " + word;
        var unticked = "Strom " + word;
        var keptId = ServiceRequests.open(consumer.accessToken(), STADTWERKE, kept);
        var takenId = ServiceRequests.open(consumer.accessToken(), STADTWERKE, taken);
        var untickedId = ServiceRequests.open(consumer.accessToken(), STADTWERKE, unticked);
        var agent = ServiceRequests.stadtwerkeAgent();
        var colleague = ServiceRequests.stadtwerkeAdmin();
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            portal.visible(By.id("inbox:search")).sendKeys(word);
            portal.clickable(By.id("inbox:find")).click();
            portal.until(page -> subjects(browser).equals(List.of(unticked, taken, kept)));
            portal.settled();
            selectRow(portal, kept);
            selectRow(portal, taken);

            // a new request comes in: the list is read again and drawn anew, with the ticks
            var arrived = "Fernwärme " + word;
            var arrivedId = ServiceRequests.open(consumer.accessToken(), STADTWERKE, arrived);
            portal.until(page -> subjects(browser).equals(List.of(arrived, unticked, taken, kept)));
            portal.settled();
            assertEquals(List.of(taken, kept), portal.until(page -> ticked(browser)));

            // a colleague takes one of the ticked requests: it leaves the queue of unassigned requests
            var assigned = Api.sendJson(
                    "PUT",
                    "/api/v1/conversations/" + takenId + "/assignee",
                    "{\"agentId\":" + colleague.id() + "}",
                    colleague.accessToken());
            assertEquals(200, assigned.status(), assigned::toString);
            portal.until(page -> subjects(browser).equals(List.of(arrived, unticked, kept)));
            portal.settled();
            assertEquals(List.of(kept), portal.until(page -> ticked(browser)));
            browser.screenshot("portal-bulk-ticks-kept-live");

            portal.choose("inbox:bulkStatus", "Erledigt");
            portal.clickable(By.id("inbox:applyBulk")).click();
            portal.showsText(By.cssSelector(".ui-growl"), "1 Anliegen geändert.");
            assertEquals(
                    "resolved",
                    ServiceRequests.conversation(agent.accessToken(), keptId).getString("status"));
            for (var id : List.of(takenId, untickedId, arrivedId)) {
                assertEquals(
                        "open",
                        ServiceRequests.conversation(agent.accessToken(), id).getString("status"),
                        "only what the agent saw ticked is changed");
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /**
     * A company admin promises a first response within working hours (a day that closes before it opens is refused);
     * a new request then shows when its first response is due and how long its consumer waits, the inbox lists the
     * requests awaiting theirs the soonest due first, an answer ends it, and the dashboard shows the overdue count.
     */
    @Test
    void an_admin_promises_a_first_response_and_the_inbox_shows_and_sorts_by_when_it_is_due() {
        var consumer = Consumers.signUp("Fred", "Frist");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subject = "Frist " + ServiceRequests.newId().substring(0, 8);
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD).go("/portal/company/team.xhtml");
            try {
                portal.clickable(By.cssSelector("[id='serviceLevel:promised'] .ui-chkbox-box"))
                        .click();
                var hours = portal.visible(By.id("serviceLevel:hours"));
                hours.clear();
                hours.sendKeys("2");
                var minutes = portal.visible(By.id("serviceLevel:minutes"));
                minutes.clear();
                minutes.sendKeys("-30");
                // 2 hours and -30 minutes: refused, not taken for 90 minutes
                portal.clickable(By.id("serviceLevel:save")).click();
                portal.showsText(By.id("serviceLevel:messages"), "Minuten (0 bis 59)");
                browser.screenshot("portal-service-level-negative-minutes");
                minutes = portal.visible(By.id("serviceLevel:minutes"));
                minutes.clear();
                minutes.sendKeys("30");
                // Monday from 18:00 to 8:00: refused, nothing kept
                setTime(browser, "serviceLevel:days:0:opens", "18:00");
                portal.clickable(By.id("serviceLevel:save")).click();
                portal.showsText(By.id("serviceLevel:messages"), "das Ende nach dem Beginn");
                setTime(browser, "serviceLevel:days:0:opens", "08:00");
                portal.clickable(By.id("serviceLevel:save")).click();
                portal.showsText(By.id("serviceLevel:messages"), "Die Antwortfrist ist gespeichert.");
                browser.screenshot("portal-service-level");
                portal.go("/portal/company/team.xhtml");
                assertEquals("2", portal.visible(By.id("serviceLevel:hours")).getDomProperty("value"));
                assertEquals("30", portal.visible(By.id("serviceLevel:minutes")).getDomProperty("value"));

                var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
                portal.go("/portal/inbox/index.xhtml?queue=all");
                portal.visible(By.id("inbox:search")).sendKeys(subject);
                portal.clickable(By.id("inbox:find")).click();
                portal.until(page -> subjects(browser).equals(List.of(subject)));
                var due = By.cssSelector("[id='inbox:conversations'] span[id$=':due']");
                assertTrue(portal.text(due).matches(".*\\d{2}:\\d{2}.*"), "a due time: " + portal.text(due));
                assertTrue(portal.text(By.cssSelector("[id='inbox:conversations'] span[id$=':waiting']"))
                        .endsWith("Min."));
                portal.choose("inbox:order", "Erste Antwort fällig (früheste zuerst)");
                portal.until(page -> subjects(browser).equals(List.of(subject)));
                browser.screenshot("portal-inbox-due");

                ServiceRequests.send(ServiceRequests.stadtwerkeAgent().accessToken(), id, "Wir sind dran.");
                portal.showsText(By.id("inbox:conversations"), "Hier gibt es keine Anliegen.");
                portal.choose("inbox:order", "Neueste Aktivität zuerst");
                portal.until(page -> subjects(browser).equals(List.of(subject)));
                portal.showsText(due, "beantwortet");

                portal.go("/portal/company/index.xhtml");
                portal.visible(By.id("overdueNow"));
                assertTrue(portal.text(By.id("dashboard")).contains("Erste Antworten verspätet"));
            } finally {
                portal.go("/portal/company/team.xhtml");
                portal.clickable(By.cssSelector("[id='serviceLevel:promised'] .ui-chkbox-box"))
                        .click();
                portal.clickable(By.id("serviceLevel:save")).click();
                portal.showsText(By.id("serviceLevel:messages"), "Die Antwortfrist ist gespeichert.");
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static void setTime(Browser browser, String id, String time) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, time);
    }

    /**
     * The help-desk controls speak English when asked, and on a phone the inbox with its filters, choices and bulk bar
     * and a request with its customer panel fit the screen.
     */
    @Test
    void the_help_desk_controls_speak_english_and_fit_a_phone() {
        var consumer = Consumers.signUp("Pia", "Phone");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subject = "Phone " + ServiceRequests.newId().substring(0, 8);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
        try (var phone = Browser.openPhone()) {
            var portal =
                    Portal.signIn(phone, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            portal.clickable(By.cssSelector("#language a[lang='en']")).click();
            portal.showsText(By.tagName("h1"), "Inbox");
            var page = portal.text(By.tagName("main"));
            for (var english : List.of(
                    "For new requests in this browser:",
                    "Any priority",
                    "Any tag",
                    "Newest activity first",
                    "Selected requests:",
                    "Apply")) {
                assertTrue(page.contains(english), english + " in: " + page);
            }
            phone.assertFitsTheScreen("inbox");
            phone.screenshot("portal-phone-inbox-help-desk");

            portal.go("/portal/inbox/conversation.xhtml?id=" + id);
            portal.showsText(By.id("meta"), "Connection and consent");
            assertTrue(portal.text(By.id("consent")).startsWith("Given on "), portal.text(By.id("consent")));
            assertTrue(portal.text(By.id("meta")).contains("Priority"));
            phone.assertFitsTheScreen("conversation");
            phone.screenshot("portal-phone-customer-panel");
            assertEquals(List.of(), phone.consoleErrors());
        }
    }

    /** What the page's notifications and tones would be: recorded, as the browser here has no desktop and no sound. */
    private static final String FAKE_NOTIFICATIONS_AND_SOUND = "window.__notifications = []; window.__tones = 0;"
            + " window.Notification = function (title, options) {"
            + "   window.__notifications.push({title: title, body: options.body, tag: options.tag});"
            + "   this.addEventListener = function () {}; };"
            // the browser remembers its permission for the origin
            + " window.Notification.permission = localStorage.getItem('test.permission') || 'default';"
            + " window.Notification.requestPermission = function () { localStorage.setItem('test.permission', 'granted');"
            + "   window.Notification.permission = 'granted'; return Promise.resolve('granted'); };"
            + " window.AudioContext = function () { const node = { connect: function (n) { return n || node; },"
            + "   start: function () { window.__tones++; }, stop: function () {}, addEventListener: function () {},"
            + "   frequency: {}, gain: { setValueAtTime: function () {}, exponentialRampToValueAtTime: function () {} } };"
            + "   return { currentTime: 0, destination: node, close: function () {},"
            + "     createOscillator: function () { return node; }, createGain: function () { return node; } }; };";

    /**
     * The navigation and the tab's title count the requests with unread messages, live; a new request sounds a tone
     * and shows a desktop notification that names no one, each only as the agent chose in this browser (kept across
     * pages), the notification only with the browser's permission; a further message in it does neither.
     */
    @Test
    void the_unread_count_follows_live_and_a_new_request_sounds_and_notifies_as_the_agent_chose() {
        var consumer = Consumers.signUp("Una", "Gelesen");
        ServiceRequests.connect(consumer.accessToken(), BAECKEREI);
        try (var browser = Browser.open()) {
            browser.beforeEveryPage(FAKE_NOTIFICATIONS_AND_SOUND + "");
            var portal = Portal.signIn(browser, Portal.OTHER_AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml");
            portal.clickable(By.id("notifySound")).click();
            portal.clickable(By.id("notifyDesktop")).click();
            portal.until(page -> page.findElement(By.id("notifyDesktop")).isSelected());
            var before = unread(browser);
            assertTrue(before < 98, "the bakery has fewer than 98 unread requests: " + before);
            var tonesBefore = number(browser, "window.__tones");

            var subject = "Brötchen " + ServiceRequests.newId().substring(0, 6);
            var id = ServiceRequests.open(consumer.accessToken(), BAECKEREI, subject);
            portal.until(page -> unread(browser) == before + 1);
            assertTrue(
                    browser.driver().getTitle().startsWith("(" + (before + 1) + ") Posteingang"),
                    browser.driver().getTitle());
            portal.until(page -> number(browser, "window.__notifications.length") == 1);
            assertEquals(tonesBefore + 1, number(browser, "window.__tones"));
            assertEquals(
                    "Neues Anliegen|Ein neues Anliegen ist eingegangen. Klicken Sie, um es zu öffnen.",
                    script(browser, "return window.__notifications[0].title + '|' + window.__notifications[0].body"),
                    "it names no one");

            // a further message of the same request: counted already, no second notification
            ServiceRequests.send(consumer.accessToken(), id, "Und zwei Croissants.");
            portal.showsText(By.id("inbox:conversations"), subject);
            sleep(1500);
            assertEquals(1, number(browser, "window.__notifications.length"));
            assertEquals(before + 1, unread(browser));

            // the choice holds on the next page; the request read, the count goes down
            portal.go("/portal/inbox/index.xhtml");
            assertTrue(portal.visible(By.id("notifySound")).isSelected());
            assertTrue(portal.visible(By.id("notifyDesktop")).isSelected());
            portal.go("/portal/inbox/conversation.xhtml?id=" + id);
            assertEquals(before, unread(browser));
            assertTrue(
                    browser.driver().getTitle().startsWith(before == 0 ? subject : "(" + before + ") " + subject),
                    browser.driver().getTitle());

            // the tone switched off: the next request notifies without a sound
            portal.go("/portal/inbox/index.xhtml");
            portal.clickable(By.id("notifySound")).click();
            var tones = number(browser, "window.__tones");
            ServiceRequests.open(consumer.accessToken(), BAECKEREI, "Torte " + subject);
            portal.until(page -> number(browser, "window.__notifications.length") == 1);
            assertEquals(tones, number(browser, "window.__tones"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static int unread(Browser browser) {
        var label = browser.driver()
                .findElement(By.id("navUnread"))
                .getAttribute("textContent")
                .strip();
        return label.isEmpty() ? 0 : Integer.parseInt(label.replace("+", ""));
    }

    private static long number(Browser browser, String expression) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return " + expression)).longValue();
    }

    private static Object script(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void selectRow(Portal portal, String subject) {
        portal.click(By.xpath("//*[@id='inbox:conversations']//tr[.//a[normalize-space(.)='" + subject
                + "']]//td[contains(@class,'select')]//div[contains(@class,'ui-chkbox-box')]"));
        portal.until(page -> page.findElement(
                        By.xpath("//*[@id='inbox:conversations']//tr[.//a[normalize-space(.)='" + subject + "']]"))
                .getDomAttribute("aria-selected")
                .equals("true"));
    }

    /** The subjects of the rows shown ticked, top to bottom. */
    private static List<String> ticked(Browser browser) {
        return browser
                .driver()
                .findElements(
                        By.cssSelector("[id='inbox:conversations'] tbody tr[aria-selected='true'] a[id$=':open']"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> tagsOf(ServiceRequests.Agent agent, long conversation) {
        return ServiceRequests.conversation(agent.accessToken(), conversation)
                .getJsonArray("tags")
                .getValuesAs(JsonString::getString);
    }

    private static List<String> chipTexts(Browser browser) {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='meta:tags'] .ui-chips-token .ui-chips-token-label"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> subjects(Browser browser) {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='inbox:conversations'] tbody tr a[id$=':open']"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
