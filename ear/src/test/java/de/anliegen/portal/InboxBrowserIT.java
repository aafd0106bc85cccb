package de.anliegen.portal;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An agent handles a service request in the portal, end to end, while the consumer uses the API and its stream:
 * the request arrives live, the answer reaches the consumer's socket, notes stay inside the company.
 */
class InboxBrowserIT extends AgainstTheProduct {

    private static final By ENTRIES = By.id("thread:entries");

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
            var photo = portal.visible(By.cssSelector(".entries img[alt='zaehler.png']"));
            portal.until(page -> Long.valueOf(40)
                    .equals(browser.driver()
                            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", photo)));

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

            portal.choose("reply:canned", "Begrüßung");
            portal.until(page -> page.findElement(By.id("reply:text"))
                    .getDomProperty("value")
                    .startsWith("Guten Tag Hanna Notiz,"));
            assertTrue(browser.driver()
                    .findElement(By.id("reply:text"))
                    .getDomProperty("value")
                    .endsWith("Alex Agent, Stadtwerke Musterstadt"));
            portal.clickable(By.id("reply:send")).click();

            // the consumer's stream carries the answer and nothing of the note
            var next = stream.next("message", "note");
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
