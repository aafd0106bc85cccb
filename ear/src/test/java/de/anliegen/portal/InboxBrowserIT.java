package de.anliegen.portal;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.Json;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

/**
 * An agent handles a service request in the portal, end to end, while the consumer uses the API and its stream:
 * the request arrives live, the answer reaches the consumer's socket, notes stay inside the company.
 */
class InboxBrowserIT extends AgainstTheProduct {

    private static final By ENTRIES = By.id("thread:entries");
    private static final String LIVE = "/portal/inbox/live";

    @Test
    void a_new_request_arrives_live_the_agent_answers_and_the_answer_reaches_the_consumers_socket() {
        var consumer = Consumers.signUp("Greta", "Live");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        try (var browser = Browser.open();
                var stream = StreamClient.ready(consumer.accessToken(), null)) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            portal.visible(By.id("inbox:conversations"));

            var subject = "Zähler tauschen " + ServiceRequests.newId().substring(0, 8);
            var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
            portal.showsText(By.id("inbox:conversations"), subject);
            browser.screenshot("portal-inbox");

            portal.clickable(By.linkText(subject)).click();
            portal.showsText(ENTRIES, "Guten Tag, " + subject);
            assertEquals("Greta Live", portal.text(By.id("consumerName")));
            ServiceRequests.send(consumer.accessToken(), id, "Und noch ein Foto folgt.");
            portal.showsText(ENTRIES, "Und noch ein Foto folgt.");
            sendPhoto(consumer.accessToken(), id);
            var photo = By.cssSelector(".entries img[alt='zaehler.png']");
            portal.loaded(photo, 40);
            portal.click(photo);
            portal.loaded(By.cssSelector("dialog#viewer img"), 40);
            browser.screenshot("portal-photo-large");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            portal.gone(By.id("viewer"));
            var cacheControl = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " fetch(document.querySelector(\".entries img[alt='zaehler.png']\").src)"
                            + ".then(r => done(r.headers.get('Cache-Control')));");
            assertEquals("no-store", cacheControl, "no copy stays on a shared computer after sign-out");

            var reply = portal.visible(By.id("reply:text"));
            reply.sendKeys("Guten Tag Frau Live,");
            var typing = stream.next("typing");
            assertEquals("company", typing.getString("side"));
            assertEquals(id, typing.getJsonNumber("conversationId").longValue());
            reply.sendKeys(Keys.SHIFT, Keys.ENTER);
            reply.sendKeys("wir tauschen den Zähler am Montag.");
            reply.sendKeys(Keys.ENTER);

            var event = stream.next(
                    "message",
                    e -> e.getJsonObject("message").getString("author").equals("company"));
            assertEquals(
                    "Guten Tag Frau Live,\nwir tauschen den Zähler am Montag.",
                    event.getJsonObject("message").getString("text"));
            assertEquals("company", event.getJsonObject("message").getString("author"));
            assertEquals("Alex Agent", event.getJsonObject("message").getString("agentName"));
            portal.showsText(ENTRIES, "wir tauschen den Zähler am Montag.");
            browser.screenshot("portal-conversation");
            assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        }
    }

    /**
     * The inbox pages' live channel opens for the portal's session from a page of ours; not for a page of another
     * origin with the same cookie (a page elsewhere must not listen in with a visitor's session), not without a
     * session.
     */
    @Test
    void the_live_channel_opens_for_a_signed_in_page_of_ours_only() {
        try (var browser = Browser.open()) {
            Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            var cookie = Map.of(
                    "Cookie",
                    "__Host-anliegen-session="
                            + browser.cookie("__Host-anliegen-session").orElseThrow());
            var own = Api.BASE.toString();
            assertNull(StreamClient.handshakeFailureWith(LIVE, own, cookie));
            var foreign = StreamClient.handshakeFailureWith(LIVE, "https://evil.example", cookie);
            assertTrue(foreign instanceof WebSocketHandshakeException, String.valueOf(foreign));
            assertEquals(
                    403, ((WebSocketHandshakeException) foreign).getResponse().statusCode());
            assertNotNull(StreamClient.handshakeFailureWith(LIVE, own, Map.of()), "no session, no channel");
        }
    }

    /**
     * While its live channel cannot be opened (the server restarting, say), a conversation's page keeps trying and
     * keeps the reply begun: no reload. Once the session has ended meanwhile (signed out in another tab), the page asks,
     * is sent to the sign-in, and shows it.
     */
    @Test
    void a_page_whose_channel_cannot_open_keeps_the_draft_and_shows_the_sign_in_once_the_session_ended()
            throws Exception {
        var consumer = Consumers.signUp("Kai", "Kanal");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Zählerstand");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            // the channel's handshake goes nowhere (404), as while a server restarts
            browser.beforeEveryPage(
                    "const RealSocket = window.WebSocket; window.WebSocket = function (url, protocols) {"
                            + " return new RealSocket(String(url).replace('" + LIVE
                            + "', '/portal/inbox/nowhere'), protocols);"
                            + " };");
            portal.go("/portal/inbox/conversation.xhtml?id=" + id);
            var reply = portal.visible(By.id("reply:text"));
            reply.sendKeys("Guten Tag, wir");
            // some ten seconds of failed attempts: the page asks, and the session still holds
            Thread.sleep(12_000);
            assertEquals("Guten Tag, wir", reply.getDomProperty("value"), "the page was not loaded again");
            assertFalse(browser.requestedUrls("HEAD").isEmpty(), "the page asked whether its session holds");

            var page = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            var other = Portal.on(browser).go("/portal/inbox/index.xhtml");
            other.clickable(By.id("account:signOut")).click();
            // the tab closes once the sign-out is done: closed at once, its request might never reach the server
            other.visible(By.id("login:email"));
            browser.driver().close();
            browser.driver().switchTo().window(page);
            portal.visible(By.id("login:email"));
        }
    }

    private static void sendPhoto(String token, long conversation) {
        var upload = Binary.upload(
                "POST",
                "/api/v1/conversations/" + conversation + "/attachments?name=zaehler.png",
                token,
                "image/png",
                Binary.image("png", 40, 30));
        assertEquals(201, upload.status(), upload::toString);
        var body = Json.createObjectBuilder()
                .add("clientMessageId", ServiceRequests.newId())
                .add("text", "Hier das Foto.")
                .add(
                        "attachmentIds",
                        Json.createArrayBuilder()
                                .add(upload.json().getJsonNumber("id").longValue()))
                .build();
        var sent = Api.post("/api/v1/conversations/" + conversation + "/messages", body.toString(), token);
        assertEquals(201, sent.status(), sent::toString);
    }

    @Test
    void an_internal_note_stays_with_the_company_and_a_canned_response_greets_the_consumer_by_name() {
        var consumer = Consumers.signUp("Hanna", "Notiz");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Abschlag ändern");
        try (var browser = Browser.open();
                var stream = StreamClient.ready(consumer.accessToken(), null)) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);

            portal.visible(By.id("note:text")).sendKeys("Hat schon zweimal angerufen, bitte rasch klären");
            portal.clickable(By.id("note:add")).click();
            portal.showsText(ENTRIES, "Hat schon zweimal angerufen");
            portal.showsText(ENTRIES, "Interne Notiz");

            // the draft stays: the response goes in at the cursor
            var reply = portal.visible(By.id("reply:text"));
            reply.sendKeys("Vorab: ");
            reply.sendKeys(Keys.ARROW_DOWN);
            assertEquals("Vorab: ", reply.getDomProperty("value"), "no key on the closed list applies a response");
            portal.clickable(By.id("cannedToggle")).click();
            portal.clickable(By.xpath("//*[@id='cannedList']/li[normalize-space(.)='Begrüßung']"))
                    .click();
            portal.until(page -> reply.getDomProperty("value").startsWith("Vorab: Guten Tag Hanna Notiz,"));
            assertTrue(reply.getDomProperty("value").endsWith("Alex Agent, Stadtwerke Musterstadt"));
            portal.gone(By.id("cannedList"));

            // "/" and part of a title, in the reply box: Enter inserts, and does not send
            reply.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
            reply.sendKeys("/begr");
            portal.visible(By.id("cannedList"));
            browser.screenshot("portal-canned-slash");
            reply.sendKeys(Keys.ENTER);
            portal.gone(By.id("cannedList"));
            var text = reply.getDomProperty("value");
            assertTrue(text.startsWith("Vorab: Guten Tag Hanna Notiz,"), text);
            assertTrue(text.indexOf("Guten Tag Hanna Notiz,", 10) > 0, "inserted a second time: " + text);
            assertFalse(text.contains("/begr"), text);

            reply.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            portal.clickable(By.id("cannedToggle")).click();
            portal.visible(By.id("cannedList"));
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            portal.until(page -> reply.getDomProperty("value").startsWith("Guten Tag Hanna Notiz,"));
            portal.clickable(By.id("reply:send")).click();

            // the consumer's stream carries the answer and nothing of the note (after the request's own first
            // message, which the sequencer may number only after the stream opened)
            var next = stream.next("message", "note");
            while (next.getString("type").equals("message")
                    && next.getJsonObject("message").getString("author").equals("consumer")) {
                next = stream.next("message", "note");
            }
            assertEquals("message", next.getString("type"));
            assertTrue(next.getJsonObject("message").getString("text").startsWith("Guten Tag Hanna Notiz,"));
            var messages = ServiceRequests.messages(consumer.accessToken(), id, 0, 50);
            assertFalse(messages.body().contains("zweimal angerufen"), messages::toString);
            assertEquals(
                    403,
                    Api.get("/api/v1/conversations/" + id + "/notes", consumer.accessToken())
                            .status());
            assertNull(stream.poll(Duration.ofMillis(500)), "no further event for the consumer");
        }
    }

    @Test
    void the_agent_assigns_the_request_to_themselves_and_resolves_it() {
        var consumer = Consumers.signUp("Ida", "Status");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Umzug melden");
        var agent = ServiceRequests.stadtwerkeAgent();
        try (var browser = Browser.open();
                var stream = StreamClient.ready(consumer.accessToken(), null)) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);

            portal.clickable(By.id("meta:mine")).click();
            portal.gone(By.id("meta:mine"));
            assertEquals(
                    agent.id(),
                    ServiceRequests.conversation(agent.accessToken(), id)
                            .getJsonNumber("assignedAgentId")
                            .longValue());

            portal.choose("meta:status", "Erledigt");
            portal.showsText(By.id("currentStatus"), "Erledigt");
            stream.next(
                    "status",
                    e -> e.getJsonObject("conversation").getString("status").equals("resolved"));
            assertEquals(
                    "resolved",
                    ServiceRequests.conversation(consumer.accessToken(), id).getString("status"));
        }
    }

    @Test
    void a_request_its_consumer_closes_or_erases_while_it_is_open_leaves_the_agent_a_word_not_an_error_page() {
        var consumer = Consumers.signUp("Clara", "Schluss");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var closed = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Bitte schließen");
        var erased = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Bitte löschen");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + closed);
            portal.click(By.id("reply:send"));
            portal.showsText(By.id("reply:messages"), "Der Text ist leer");

            // closed by the consumer: the reply box gives way to the note that says so
            var closing =
                    Api.sendJson("POST", "/api/v1/conversations/" + closed + "/close", "{}", consumer.accessToken());
            assertEquals(200, closing.status(), closing::toString);
            portal.showsText(By.cssSelector(".closed-note"), "Die Person hat dieses Anliegen geschlossen");
            portal.gone(By.id("reply:text"));

            // erased with the consumer's account: the next step leads to the inbox, which says why
            portal.go("/portal/inbox/conversation.xhtml?id=" + erased);
            portal.visible(By.id("reply:text"));
            // the page reads the request again at its next live event: here once, called by the test, not also by
            // the erasure's own event (two reads racing to the inbox could lose its word); a read the page planned
            // before is let through first
            browser.driver()
                    .executeScript("window.readAgain = window.refreshThread; window.refreshThread = function () {};");
            browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500);");
            portal.settled();
            Consumers.deleteAccount(consumer);
            // the request is gone: the inbox, which says why
            browser.driver().executeScript("window.readAgain();");
            portal.until(page -> page.getCurrentUrl().contains("/portal/inbox/index.xhtml"));
            portal.showsText(By.cssSelector(".ui-growl"), "Dieses Anliegen gibt es nicht mehr");
            assertTrue(browser.driver().getCurrentUrl().contains("/portal/inbox/index.xhtml"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /**
     * The person deletes their account while agents have the inbox and the request open, and neither agent does a
     * thing: the inbox drops the row, name and subject, and the request's page goes to the inbox, which says why.
     */
    @Test
    void an_erasure_takes_the_request_off_the_pages_agents_have_open_without_a_step_of_theirs() {
        var consumer = Consumers.signUp("Edda", "Entfernt");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subject = "Alles löschen " + ServiceRequests.newId().substring(0, 8);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
        try (var inboxBrowser = Browser.open();
                var threadBrowser = Browser.open()) {
            var inbox = Portal.signIn(inboxBrowser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml");
            inbox.showsText(By.id("inbox:conversations"), "Edda Entfernt");
            var thread = Portal.signIn(threadBrowser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            thread.showsText(ENTRIES, subject);
            // the redraw that the page's own read marker brings is let through first: one read goes to the inbox
            threadBrowser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 1000);");
            thread.settled();

            Consumers.deleteAccount(consumer);
            inbox.until(page -> !subjects(inboxBrowser).contains(subject));
            assertFalse(inbox.text(By.id("inbox:conversations")).contains("Edda Entfernt"));
            thread.until(page -> page.getCurrentUrl().contains("/portal/inbox/index.xhtml"));
            thread.showsText(By.cssSelector(".ui-growl"), "Dieses Anliegen gibt es nicht mehr");
            assertFalse(threadBrowser.driver().getPageSource().contains(subject));
            inboxBrowser.screenshot("portal-inbox-erased-live");
            threadBrowser.screenshot("portal-thread-erased-live");
            assertEquals(List.of(), inboxBrowser.consoleErrors());
            assertEquals(List.of(), threadBrowser.consoleErrors());
        }
    }

    /**
     * A reply sent to a request erased since its page last heard of it: the inbox, which says why, not a word at the
     * reply box beside the erased thread.
     */
    @Test
    void a_reply_to_a_request_erased_meanwhile_leads_to_the_inbox() {
        var consumer = Consumers.signUp("Ernst", "Antwort");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Antwort ins Leere");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            portal.visible(By.id("reply:text")).sendKeys("Wir kümmern uns darum.");
            // the erasure's live event would take the page to the inbox first: the reply has to meet the erasure; a
            // redraw that the page planned before is let through first
            browser.driver().executeScript("window.refreshThread = function () {};");
            browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500);");
            portal.settled();
            Consumers.deleteAccount(consumer);
            portal.click(By.id("reply:send"));
            portal.until(page -> page.getCurrentUrl().contains("/portal/inbox/index.xhtml"));
            portal.showsText(By.cssSelector(".ui-growl"), "Dieses Anliegen gibt es nicht mehr");
            assertFalse(browser.driver().getPageSource().contains("Guten Tag, Antwort ins Leere"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void a_message_with_markup_shows_as_text_and_runs_nothing() {
        var consumer = Consumers.signUp("Jan", "Markup");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "<b>Fett</b> im Betreff");
        ServiceRequests.send(
                consumer.accessToken(), id, "<script>window.injected = true</script><img src=x onerror=alert(1)>");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);

            portal.showsText(ENTRIES, "<script>window.injected = true</script>");
            assertEquals("<b>Fett</b> im Betreff", portal.text(By.id("subject")));
            assertEquals(
                    0,
                    browser.driver()
                            .findElements(By.cssSelector("#subject b, .entries script, .entries img"))
                            .size());
            assertEquals(null, browser.driver().executeScript("return window.injected;"));
        }
    }

    @Test
    void an_agent_of_another_company_finds_nothing_whatever_the_url_and_an_admin_of_the_platform_no_inbox() {
        var consumer = Consumers.signUp("Kai", "Fremd");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Nur für die Stadtwerke");
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.OTHER_AGENT, Portal.AGENT_PASSWORD);

            portal.go("/portal/inbox/conversation.xhtml?id=" + id);
            assertFalse(browser.driver().getPageSource().contains("Nur für die Stadtwerke"));
            assertTrue(
                    browser.driver().getTitle().startsWith("Nicht gefunden"),
                    browser.driver().getTitle());
            portal.go("/portal/inbox/index.xhtml?queue=all");
            assertFalse(portal.visible(By.id("inbox:conversations")).getText().contains("Nur für die Stadtwerke"));
            var attachment = Api.get("/portal/inbox/attachment?conversation=" + id + "&id=1");
            assertEquals(302, attachment.status(), "without a session: to the sign-in page");
        }
        try (var browser = Browser.open()) {
            Portal.signIn(browser, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            assertFalse(browser.driver().getPageSource().contains("Nur für die Stadtwerke"));
            assertTrue(
                    browser.driver().getTitle().startsWith("Kein Zugriff"),
                    browser.driver().getTitle());
        }
    }

    @Test
    void the_thread_shows_the_newest_entry_and_keeps_the_place_of_an_agent_who_scrolled_up() {
        var consumer = Consumers.signUp("Olaf", "Scroll");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Viele Nachrichten");
        for (var i = 1; i <= 24; i++) {
            ServiceRequests.send(consumer.accessToken(), id, "Nachricht " + i + " mit etwas mehr Text darin");
        }
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            portal.showsText(ENTRIES, "Nachricht 24 ");
            portal.until(page -> threadAtEnd(browser));

            ServiceRequests.send(consumer.accessToken(), id, "Live eins");
            portal.showsText(ENTRIES, "Live eins");
            portal.until(page -> threadAtEnd(browser));

            browser.driver().executeScript("document.querySelector('.entries').scrollTop = 0;");
            ServiceRequests.send(consumer.accessToken(), id, "Live zwei, außer Sicht");
            portal.visible(By.id("newBelow"));
            assertEquals(
                    0L,
                    ((Number) browser.driver().executeScript("return document.querySelector('.entries').scrollTop;"))
                            .longValue());
            browser.screenshot("portal-thread-new-below");
            portal.clickable(By.id("newBelow")).click();
            portal.until(page -> threadAtEnd(browser));
            portal.gone(By.id("newBelow"));

            browser.driver().executeScript("document.querySelector('.entries').scrollTop = 0;");
            portal.visible(By.id("reply:text")).sendKeys("Wir kümmern uns darum.");
            portal.clickable(By.id("reply:send")).click();
            portal.showsText(ENTRIES, "Wir kümmern uns darum.");
            portal.until(page -> threadAtEnd(browser));
            browser.screenshot("portal-thread-newest");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** Earlier messages asked for of a request erased meanwhile: the inbox, which says why, not the error page. */
    @Test
    void earlier_messages_of_a_request_erased_meanwhile_lead_to_the_inbox() {
        var consumer = Consumers.signUp("Emil", "Früher");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Erst lang, dann weg");
        ServiceRequests.sendMany(consumer.accessToken(), id, 100);
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            portal.clickable(By.id("thread:earlier"));
            // the erasure's live event would take the page to the inbox first: the click has to come before it; a
            // redraw that the messages' own late events planned before this (150 ms ahead) is let through first
            browser.driver().executeScript("window.refreshThread = function () {};");
            browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500);");
            portal.settled();
            Consumers.deleteAccount(consumer);
            portal.click(By.id("thread:earlier"));
            portal.until(page -> page.getCurrentUrl().contains("/portal/inbox/index.xhtml"));
            portal.showsText(By.cssSelector(".ui-growl"), "Dieses Anliegen gibt es nicht mehr");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /**
     * A long thread opens at its newest 100 messages, the newest at the bottom; the earlier ones are shown when the
     * agent asks for them, above, with the message that was the first shown in view at the bottom.
     */
    @Test
    void a_long_thread_shows_the_newest_100_messages_first_and_the_earlier_ones_when_asked() {
        var consumer = Consumers.signUp("Lotte", "Lang");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Ein langer Verlauf");
        ServiceRequests.sendMany(consumer.accessToken(), id, 129);
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/conversation.xhtml?id=" + id);
            portal.visible(By.id("m130"));
            portal.until(page -> threadAtEnd(browser));
            assertEquals(rangeOfMessages(31, 130), shownEntries(browser));
            var earlier = portal.clickable(By.id("thread:earlier"));
            assertEquals("Frühere Nachrichten anzeigen", earlier.getText());
            browser.screenshot("portal-thread-newest-100");

            earlier.click();
            portal.visible(By.id("m1"));
            portal.gone(By.id("thread:earlier"));
            assertEquals(rangeOfMessages(1, 130), shownEntries(browser));
            portal.until(page -> inView(browser, "m31") && !inView(browser, "m130"));
            browser.screenshot("portal-thread-earlier");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static List<String> rangeOfMessages(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(seq -> "m" + seq).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownEntries(Browser browser) {
        return (List<String>) browser.driver()
                .executeScript("return Array.from(document.querySelectorAll('.entries > article'), e => e.id);");
    }

    /** Whether the entry is (partly) in the thread's view. */
    private static boolean inView(Browser browser, String entry) {
        return (Boolean) browser.driver()
                .executeScript(
                        "const view = document.querySelector('.entries').getBoundingClientRect();"
                                + " const e = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + " return e.bottom > view.top && e.top < view.bottom;",
                        entry);
    }

    private static boolean threadAtEnd(Browser browser) {
        return (Boolean) browser.driver()
                .executeScript("const e = document.querySelector('.entries');"
                        + " return e.scrollHeight - e.scrollTop - e.clientHeight <= 48;");
    }

    @Test
    void the_inbox_pages_forward_and_back_each_page_continuing_where_the_last_ended() {
        var token = ServiceRequests.newId().substring(0, 6).replaceAll("[^a-z]", "q");
        var consumer = Consumers.signUp("Paula", "Seite" + token);
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subjects = new ArrayList<String>();
        for (var i = 0; i < 45; i++) {
            subjects.add(0, "Seite " + token + " Nummer " + i);
            ServiceRequests.open(consumer.accessToken(), STADTWERKE, subjects.get(0));
        }
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            queueButton(portal, "Alle").click();
            portal.until(page ->
                    queueButton(portal, "Alle").getDomAttribute("aria-pressed").equals("true"));
            portal.visible(By.id("inbox:search")).sendKeys("Seite" + token);
            portal.clickable(By.id("inbox:find")).click();
            turn(portal, null, "1–20 von 45", subjects.subList(0, 20));
            // at 1280 pixels every time fits its column (the last column was cut off while times could not wrap)
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            portal.until(page -> (Boolean) browser.driver()
                    .executeScript("return [...document.querySelectorAll(\"[id='inbox:conversations'] td.time\")]"
                            + ".every(cell => cell.scrollWidth <= cell.clientWidth);"));
            turn(portal, "next", "21–40 von 45", subjects.subList(20, 40));
            turn(portal, "next", "41–45 von 45", subjects.subList(40, 45));
            browser.screenshot("portal-inbox-last-page");
            turn(portal, "prev", "21–40 von 45", subjects.subList(20, 40));
            turn(portal, "first", "1–20 von 45", subjects.subList(0, 20));

            // a filter chosen on the second page shows the first page of what it finds, as does another search
            turn(portal, "next", "21–40 von 45", subjects.subList(20, 40));
            portal.choose("inbox:status", "Offen");
            turn(portal, null, "1–20 von 45", subjects.subList(0, 20));
            turn(portal, "next", "21–40 von 45", subjects.subList(20, 40));
            portal.visible(By.id("inbox:search")).clear();
            portal.visible(By.id("inbox:search")).sendKeys("Nummer 44 " + token);
            portal.clickable(By.id("inbox:find")).click();
            portal.until(page -> subjects(browser).equals(List.of(subjects.get(0))));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void every_filter_search_and_reset_shows_the_inbox_never_an_error_page() {
        var consumer = Consumers.signUp("Lea", "Filter");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subject = "Filterprobe " + ServiceRequests.newId().substring(0, 8);
        ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
        var other = "Anderes Anliegen " + ServiceRequests.newId().substring(0, 8);
        ServiceRequests.open(consumer.accessToken(), STADTWERKE, other);
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            var table = By.id("inbox:conversations");
            portal.showsText(table, subject);

            // a search while "any status" is chosen
            portal.visible(By.id("inbox:search")).sendKeys(subject);
            portal.clickable(By.id("inbox:find")).click();
            portal.until(page -> rows(page).size() == 1);
            assertEquals(List.of(subject), subjects(browser));

            // "any status" chosen again, then a status, then "any" once more: the search stays
            portal.choose("inbox:status", "Jeder Status");
            portal.choose("inbox:status", "Erledigt");
            portal.showsText(table, "Hier gibt es keine Anliegen.");
            portal.choose("inbox:status", "Jeder Status");
            portal.showsText(table, subject);

            // the queue button that is already chosen, clicked again, keeps its queue
            queueButton(portal, "Alle").click();
            portal.until(page ->
                    queueButton(portal, "Alle").getDomAttribute("aria-pressed").equals("true"));
            queueButton(portal, "Alle").click();
            portal.showsText(table, subject);
            assertTrue(
                    queueButton(portal, "Alle").getDomAttribute("aria-pressed").equals("true"));

            // the search emptied and sent again shows the whole queue
            portal.visible(By.id("inbox:search")).clear();
            portal.clickable(By.id("inbox:find")).click();
            portal.showsText(table, other);
            portal.showsText(table, subject);

            assertTrue(
                    browser.driver().getTitle().matches("(\\(\\d+\\+?\\) )?Posteingang .*"),
                    browser.driver().getTitle());
            browser.screenshot("portal-inbox-filters");
            assertEquals(List.of(), browser.consoleErrors());

            // where PrimeFaces sends the browser after an ajax request failed on the server: a server error, not
            // "not found" (web.xml names it for every exception)
            portal.go("/errors/exception");
            assertTrue(
                    browser.driver().getTitle().startsWith("Fehler"),
                    browser.driver().getTitle());
        }
    }

    @Test
    void a_change_draws_only_its_row_anew_a_message_moves_its_row_up_and_a_request_leaving_the_queue_goes() {
        var consumer = Consumers.signUp("Rosa", "Zeile");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var tag = ServiceRequests.newId().substring(0, 8);
        var first = "Zeile eins " + tag;
        var second = "Zeile zwei " + tag;
        var older = ServiceRequests.open(consumer.accessToken(), STADTWERKE, first);
        var newer = ServiceRequests.open(consumer.accessToken(), STADTWERKE, second);
        var agent = ServiceRequests.stadtwerkeAgent();
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            portal.showsText(By.id("inbox:conversations"), second);
            assertEquals(List.of(second, first), subjects(browser).subList(0, 2));
            assertEquals("1", unread(browser, first));
            var body = "document.querySelector(\"[id='inbox:conversations'] tbody\")";
            ((JavascriptExecutor) browser.driver()).executeScript(body + ".dataset.probe = 'kept';");

            // read in another tab (here: the API): the row loses its badge, and only the row is drawn anew
            var read = Api.post("/api/v1/conversations/" + older + "/read", "{\"upTo\":1}", agent.accessToken());
            assertEquals(200, read.status(), read::toString);
            portal.until(page -> unread(browser, first).isEmpty());
            assertEquals(
                    "kept",
                    ((JavascriptExecutor) browser.driver()).executeScript("return " + body + ".dataset.probe;"),
                    "the table itself was not drawn anew");
            assertEquals(List.of(second, first), subjects(browser).subList(0, 2));

            // a new message moves its request to the top, with its badge
            ServiceRequests.send(consumer.accessToken(), older, "Noch eine Frage zur Zeile");
            portal.until(page -> subjects(browser).get(0).equals(first));
            assertEquals("1", unread(browser, first));
            assertEquals(second, subjects(browser).get(1));

            // assigned to the agent, the newer request leaves the queue of unassigned requests
            var assigned = Api.sendJson(
                    "PUT",
                    "/api/v1/conversations/" + newer + "/assignee",
                    "{\"agentId\":" + agent.id() + "}",
                    agent.accessToken());
            assertEquals(200, assigned.status(), assigned::toString);
            portal.until(page -> !subjects(browser).contains(second));
            assertEquals(first, subjects(browser).get(0));
            browser.screenshot("portal-inbox-live-rows");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /**
     * On a later page too, a change that leaves a row in its place draws that row anew (PrimeFaces numbers the rows of
     * the second page from 20 on, and a row once looked for under its place on the page was never found).
     */
    @Test
    void on_the_second_page_a_read_and_new_labels_draw_their_row_anew_live() {
        var token = ServiceRequests.newId().substring(0, 6).replaceAll("[^a-z]", "q");
        var consumer = Consumers.signUp("Zora", "Zweite" + token);
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subjects = new ArrayList<String>();
        var ids = new ArrayList<Long>();
        for (var i = 0; i < 25; i++) {
            subjects.add(0, "Zweite " + token + " Nummer " + i);
            ids.add(0, ServiceRequests.open(consumer.accessToken(), STADTWERKE, subjects.get(0)));
        }
        var agent = ServiceRequests.stadtwerkeAgent();
        var colleague = ServiceRequests.stadtwerkeAdmin();
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml?queue=all");
            portal.visible(By.id("inbox:search")).sendKeys("Zweite" + token);
            portal.clickable(By.id("inbox:find")).click();
            turn(portal, null, "1–20 von 25", subjects.subList(0, 20));
            turn(portal, "next", "21–25 von 25", subjects.subList(20, 25));
            portal.settled();
            var body = "document.querySelector(\"[id='inbox:conversations'] tbody\")";
            ((JavascriptExecutor) browser.driver()).executeScript(body + ".dataset.probe = 'kept';");
            var row = subjects.get(22);
            assertEquals("1", unread(browser, row));

            // read in another tab (here: the API): the row loses its badge
            var read = Api.post("/api/v1/conversations/" + ids.get(22) + "/read", "{\"upTo\":1}", agent.accessToken());
            assertEquals(200, read.status(), read::toString);
            portal.until(page -> unread(browser, row).isEmpty());

            // a colleague makes it urgent and tags it: its priority and its tag show in its row
            var tag = "zweite-" + token;
            var labelled = Api.sendJson(
                    "PUT",
                    "/api/v1/conversations/" + ids.get(22) + "/labels",
                    "{\"priority\":\"urgent\",\"tags\":[\"" + tag + "\"]}",
                    colleague.accessToken());
            assertEquals(200, labelled.status(), labelled::toString);
            var cells = By.xpath("//*[@id='inbox:conversations']//tr[.//a[normalize-space(.)='" + row + "']]");
            portal.showsText(cells, "Dringend");
            portal.showsText(cells, tag);
            assertEquals(
                    "kept",
                    ((JavascriptExecutor) browser.driver()).executeScript("return " + body + ".dataset.probe;"),
                    "only the row was drawn anew, not the table");
            assertEquals(subjects.subList(20, 25), subjects(browser));
            browser.screenshot("portal-inbox-live-rows-page-two");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** The unread badge of the row with this subject; empty when it has none. */
    private static String unread(Browser browser, String subject) {
        return browser
                .driver()
                .findElements(By.xpath("//*[@id='inbox:conversations']//tr[.//a[normalize-space(.)='" + subject
                        + "']]//*[contains(@class,'unread-badge')]"))
                .stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** Clicks the paginator's link (first, prev, next; none: stays) and waits for the page it brings. */
    private static void turn(Portal portal, String link, String report, List<String> subjects) {
        var paginator = "[id='inbox:conversations'] .ui-paginator-";
        if (link != null) {
            portal.click(By.cssSelector(paginator + link));
        }
        portal.showsText(By.cssSelector(paginator + "current"), report);
        portal.until(page -> subjects(portal.browser()).equals(subjects));
    }

    private static List<WebElement> rows(WebDriver page) {
        return page.findElements(By.cssSelector("[id='inbox:conversations'] tbody tr a[id$=':open']"));
    }

    private static List<String> subjects(Browser browser) {
        return rows(browser.driver()).stream().map(WebElement::getText).toList();
    }

    private static WebElement queueButton(Portal portal, String label) {
        return portal.clickable(By.xpath("//*[@id='inbox:queue']//button[normalize-space(.)='" + label + "']"));
    }

    @Test
    void an_agent_on_call_reads_and_answers_from_a_phone() {
        var consumer = Consumers.signUp("Pascal", "Telefon");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var subject = "Störung in der Nacht " + ServiceRequests.newId().substring(0, 6);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
        try (var phone = Browser.openPhone()) {
            phone.go("/portal/login.xhtml");
            phone.assertFitsTheScreen("sign-in");
            phone.screenshot("portal-phone-sign-in");
            var portal = Portal.signIn(phone, Portal.AGENT, Portal.AGENT_PASSWORD);
            portal.showsText(By.id("inbox:conversations"), subject);
            phone.assertFitsTheScreen("inbox");
            phone.screenshot("portal-phone-inbox");

            portal.clickable(By.linkText(subject)).click();
            portal.showsText(ENTRIES, "Guten Tag, " + subject);
            phone.assertFitsTheScreen("conversation");
            portal.visible(By.id("reply:text")).sendKeys("Wir sind unterwegs.");
            portal.clickable(By.id("reply:send")).click();
            portal.showsText(ENTRIES, "Wir sind unterwegs.");
            phone.assertFitsTheScreen("conversation after the answer");
            phone.screenshot("portal-phone-conversation");
            assertEquals(
                    "Wir sind unterwegs.",
                    ServiceRequests.messages(consumer.accessToken(), id, 1, 10)
                            .json()
                            .getJsonArray("messages")
                            .getJsonObject(0)
                            .getString("text"));
        }
    }

    /** Nothing is cut off at the side: the page is no wider than the phone's screen. */
    @Test
    void the_portal_speaks_english_when_asked() {
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            assertEquals("Posteingang", portal.visible(By.tagName("h1")).getText());

            portal.clickable(By.cssSelector("#language a[lang='en']")).click();
            portal.showsText(By.tagName("h1"), "Inbox");
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
            portal.go("/portal/inbox/index.xhtml");
            assertEquals("Inbox", portal.visible(By.tagName("h1")).getText());
        }
    }
}
