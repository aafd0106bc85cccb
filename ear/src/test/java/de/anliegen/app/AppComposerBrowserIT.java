package de.anliegen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Consumers.SignedIn;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The app's composer on the paths where words could be lost or a person left guessing: a message the server refuses,
 * one it is too busy for, several waiting ones it refuses together, a photo still uploading when Send is tapped (and
 * one that fails then), words not sent yet when the view is drawn anew, a photo sent without words, photos that take
 * their room after the view followed the newest message, a composer that grows below it, files whose name says
 * another type than their bytes, a photo over the limit, the receipt an agent's answer brings, and what stands above
 * the view when the language is switched.
 */
class AppComposerBrowserIT extends AgainstTheProduct {

    @Test
    void a_message_the_server_refuses_goes_back_into_the_field_with_the_reason_beside_it() {
        var consumer = Consumers.signUp("Rita", "Refus");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Abschlag");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            // written offline, while another device disconnects from the company: the app cannot know yet (once it
            // knows, its composer takes nothing: AppWayOutBrowserIT), and the server refuses the message it sends
            phone.offline(true);
            app.showsText(By.id("connection"), "Keine Verbindung");
            var left = Api.delete("/api/v1/me/companies/" + ServiceRequests.STADTWERKE, consumer.accessToken());
            assertEquals(204, left.status(), left::toString);
            app.visible(By.id("messageText")).sendKeys("Nach dem Trennen geschrieben");
            phone.driver().findElement(By.id("send")).click();
            phone.offline(false);
            app.showsText(By.id("sendProblem"), "Verbinden Sie sich zuerst mit diesem Unternehmen.");
            assertEquals(
                    "Nach dem Trennen geschrieben",
                    phone.driver().findElement(By.id("messageText")).getDomProperty("value"),
                    "the words are not lost");
            app.gone(By.cssSelector(".message.pending"));
            phone.screenshot("app-refused", By.id("sendMessage"));
        }
    }

    @Test
    void a_message_the_server_is_too_busy_for_waits_and_goes_once_the_server_takes_it() {
        var consumer = Consumers.signUp("Bruno", "Besetzt");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Ablesung");
        try (var phone = Browser.openPhone()) {
            // the first message sent is answered as while the database is away: 503, come back later
            phone.beforeEveryPage("const realFetch = window.fetch; let busy = true;"
                    + " window.fetch = (url, options) => {"
                    + "  if (busy && options?.method === 'POST' && String(url).endsWith('/messages')) {"
                    + "   busy = false;"
                    + "   return Promise.resolve(new Response(JSON.stringify({type: '/problems/unavailable',"
                    + "    title: 'Service unavailable', status: 503}), {status: 503,"
                    + "    headers: {'Content-Type': 'application/problem+json', 'Retry-After': '1'}}));"
                    + "  }"
                    + "  return realFetch(url, options);"
                    + " };");
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.id("messageText")).sendKeys("Zählerstand 4711");
            phone.driver().findElement(By.id("send")).click();
            app.showsText(By.cssSelector(".message.pending"), "Zählerstand 4711");
            assertEquals("", phone.driver().findElement(By.id("sendProblem")).getText(), "no refusal is shown");

            // the app tries again when the browser says it is online (and every ten seconds)
            phone.driver().executeScript("window.dispatchEvent(new Event('online'));");
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Zählerstand 4711");
            app.gone(By.cssSelector(".message.pending"));
            var stored = ServiceRequests.messages(consumer.accessToken(), conversation, 1, 10)
                    .json()
                    .getJsonArray("messages");
            assertEquals(1, stored.size(), stored::toString);
            assertEquals("Zählerstand 4711", stored.getJsonObject(0).getString("text"));
        }
    }

    @Test
    void a_photo_still_uploading_when_send_is_tapped_goes_with_that_message() throws IOException {
        var consumer = Consumers.signUp("Lena", "Langsam");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Foto");
        try (var phone = Browser.openPhone()) {
            slowUploads(phone);
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.id("messageText")).sendKeys("Hier das Foto");
            var photo = Files.createTempFile("langsam", ".png");
            Files.write(photo, Binary.image("png", 64, 48));
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.visible(By.cssSelector("#attached li progress"));
            phone.driver().findElement(By.id("send")).click();

            app.visible(By.cssSelector("#messages li[data-seq='2'] img.thumbnail"));
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Hier das Foto");
            assertEquals(
                    0,
                    phone.driver().findElements(By.cssSelector("#attached li")).size(),
                    "nothing is left over");
        }
    }

    /** A slow network: each upload starts a second and a half late. */
    private static void slowUploads(Browser phone) {
        phone.beforeEveryPage("const realSend = XMLHttpRequest.prototype.send;"
                + " XMLHttpRequest.prototype.send = function (body) {"
                + "  setTimeout(() => realSend.call(this, body), 1500);"
                + " };");
    }

    @Test
    void a_photo_failing_to_upload_while_send_waits_for_it_keeps_the_message_back_with_the_reason() throws IOException {
        var consumer = Consumers.signUp("Frank", "Fehlschlag");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Kaputt");
        try (var phone = Browser.openPhone()) {
            slowUploads(phone);
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            app.visible(By.id("messageText")).sendKeys("Hier das Foto");
            // twenty files uploaded on another device wait for their message: the server refuses this photo once it
            // arrives
            for (var waiting = 0; waiting < 20; waiting++) {
                var uploaded = Binary.upload(
                        "POST",
                        "/api/v1/conversations/" + conversation + "/attachments?name=seite.png",
                        consumer.accessToken(),
                        "image/png",
                        Binary.image("png", 8, 8));
                assertEquals(201, uploaded.status(), uploaded::toString);
            }
            var photo = Files.createTempFile("zaehler", ".png");
            Files.write(photo, Binary.image("png", 64, 48));
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.visible(By.cssSelector("#attached li progress"));
            phone.driver().findElement(By.id("send")).click();

            app.showsText(By.id("sendProblem"), "Senden Sie zuerst die hochgeladenen Dateien mit einer Nachricht");
            app.gone(By.cssSelector("#attached li"));
            assertEquals(
                    "Hier das Foto",
                    phone.driver().findElement(By.id("messageText")).getDomProperty("value"),
                    "the words wait for the person to decide again");
            assertEquals(
                    0,
                    phone.driver()
                            .findElements(By.cssSelector(".message.pending"))
                            .size());
            var stored = ServiceRequests.messages(consumer.accessToken(), conversation, 1, 10)
                    .json()
                    .getJsonArray("messages");
            assertEquals(0, stored.size(), "nothing went without the photo: " + stored);

            // the person decides to send the words alone
            phone.driver().findElement(By.id("send")).click();
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Hier das Foto");
            assertEquals("", phone.driver().findElement(By.id("sendProblem")).getText());
        }
    }

    @Test
    void waiting_messages_refused_together_all_come_back_with_how_many_were_not_sent() {
        var consumer = Consumers.signUp("Wanda", "Warteschlange");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.BAECKEREI);
        var here = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Hier geschrieben");
        var there = ServiceRequests.open(consumer.accessToken(), ServiceRequests.BAECKEREI, "Dort geschrieben");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            // both requests were read once, so they open without a connection
            TheApp.openAs(phone, consumer, "#/conversations/" + here);
            app.showsText(By.cssSelector("#messages li[data-seq='1']"), "Hier geschrieben");
            goTo(phone, "#/conversations/" + there);
            app.showsText(By.cssSelector("#messages li[data-seq='1']"), "Dort geschrieben");

            phone.offline(true);
            sendWaiting(phone, "Dort eins", 1);
            sendWaiting(phone, "Dort zwei", 2);
            goTo(phone, "#/conversations/" + here);
            app.showsText(By.id("subject"), "Hier geschrieben");
            sendWaiting(phone, "Hier eins", 1);
            sendWaiting(phone, "Hier zwei", 2);
            phone.driver().findElement(By.id("messageText")).sendKeys("Noch ein Gedanke");
            // meanwhile, on another device, the person disconnected from both companies
            for (var company : List.of(ServiceRequests.STADTWERKE, ServiceRequests.BAECKEREI)) {
                var left = Api.delete("/api/v1/me/companies/" + company, consumer.accessToken());
                assertEquals(204, left.status(), left::toString);
            }
            phone.offline(false);

            // the request in view: every refused message's words after those not sent yet, and how many and why
            app.showsText(
                    By.id("sendProblem"),
                    "2 Nachrichten wurden nicht gesendet; ihre Worte stehen wieder im Feld."
                            + " Verbinden Sie sich zuerst mit diesem Unternehmen.");
            assertEquals("Noch ein Gedanke\n\nHier eins\n\nHier zwei", valueOf(phone, "messageText"));
            app.gone(By.cssSelector(".message.pending"));
            // the other request: told above the view, its words wait in its field
            app.showsText(
                    By.id("notice"),
                    "2 Nachrichten nicht gesendet: „Dort eins“, „Dort zwei“."
                            + " Verbinden Sie sich zuerst mit diesem Unternehmen.");
            phone.screenshot("app-refused-together");
            goTo(phone, "#/conversations/" + there);
            app.showsText(By.id("subject"), "Dort geschrieben");
            assertEquals("Dort eins\n\nDort zwei", valueOf(phone, "messageText"));
            assertEquals(
                    0,
                    phone.driver()
                            .findElements(By.cssSelector(".message.pending"))
                            .size());
            assertEquals("", phone.driver().findElement(By.id("notice")).getText(), "the notice stays behind");
        }
    }

    @Test
    void the_connection_banner_and_a_notice_are_drawn_anew_when_the_language_changes() {
        var consumer = Consumers.signUp("Lotte", "Landessprache");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Zweisprachig");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.showsText(By.cssSelector("#messages li[data-seq='1']"), "Zweisprachig");
            phone.offline(true);
            sendWaiting(phone, "Vergessen zu sagen", 1);
            app.showsText(By.id("connection"), "Keine Verbindung");
            phone.driver().findElement(By.id("language")).click();
            app.showsText(By.id("send"), "Send");
            app.showsText(By.id("connection"), "No connection – new messages arrive as soon as it is back.");

            goTo(phone, "#/conversations");
            var left = Api.delete("/api/v1/me/companies/" + ServiceRequests.STADTWERKE, consumer.accessToken());
            assertEquals(204, left.status(), left::toString);
            phone.offline(false);
            app.showsText(By.id("notice"), "Not sent: “Vergessen zu sagen”. Connect with this company first.");
            app.gone(By.id("connection"));
            phone.driver().findElement(By.id("language")).click();
            app.showsText(By.id("toConversations"), "Anfragen");
            app.showsText(
                    By.id("notice"),
                    "Nicht gesendet: „Vergessen zu sagen“. Verbinden Sie sich zuerst mit diesem Unternehmen.");
        }
    }

    /** Follows a link inside the app (no page load: offline, the page stays as it is). */
    private static void goTo(Browser phone, String hash) {
        phone.driver().executeScript("location.hash = arguments[0];", hash);
    }

    /** Sends these words without a connection and waits until they are shown as the request's waiting message. */
    private static void sendWaiting(Browser phone, String words, int waiting) {
        var app = Portal.on(phone);
        app.visible(By.id("messageText")).sendKeys(words);
        phone.driver().findElement(By.id("send")).click();
        app.until(page -> page.findElements(By.cssSelector(".message.pending")).size() == waiting);
        app.showsText(By.cssSelector(".message.pending:last-child"), words);
    }

    @Test
    void words_not_sent_stay_when_the_language_changes_and_the_skip_link_stays_in_the_request() {
        var consumer = Consumers.signUp("Sven", "Sprache");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Entwurf");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.id("messageText")).sendKeys("Noch nicht fertig");
            phone.driver().findElement(By.id("language")).click();
            app.showsText(By.id("send"), "Send");
            assertEquals(
                    "Noch nicht fertig",
                    phone.driver().findElement(By.id("messageText")).getDomProperty("value"),
                    "the draft survives the view drawn anew");
            phone.driver().findElement(By.id("language")).click();
            app.showsText(By.id("send"), "Senden");

            phone.driver().executeScript("document.querySelector('.skip').click();");
            assertEquals("#/conversations/" + conversation, phone.driver().executeScript("return location.hash;"));
            assertEquals("view", phone.driver().executeScript("return document.activeElement.id;"));
            app.visible(By.id("messageText"));
        }
    }

    @Test
    void a_new_request_changed_after_a_refused_file_opens_anew_with_its_files() throws IOException {
        var consumer = Consumers.signUp("Olga", "Nochmal");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/new");
            app.visible(By.cssSelector("#company option[value='" + ServiceRequests.STADTWERKE + "']"));
            phone.driver().findElement(By.id("subject")).sendKeys("Zähler");
            phone.driver().findElement(By.id("text")).sendKeys("Foto anbei.");
            var photo = Files.createTempFile("zaehler", ".png");
            Files.write(photo, Binary.image("png", 64, 48));
            var invoice = Files.createTempFile("rechnung", ".pdf");
            Files.writeString(invoice, "%PDF-1.7\n%%EOF\n");
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.visible(By.cssSelector("#attached li img.thumbnail"));
            phone.driver().findElement(By.id("attachment")).sendKeys(invoice.toString());
            app.visible(By.cssSelector("#attached li:nth-child(2)"));

            // the request opens and the photo goes up; the connection fails for the PDF
            phone.blocking("*name=rechnung*");
            phone.driver().findElement(By.id("sendRequest")).click();
            app.visible(By.cssSelector("#newProblem:not([hidden])"));
            app.click(By.cssSelector("#attached li:nth-child(2) button.link"));
            // changed, it is no retry of the request opened: the app is told so, and sends it anew
            phone.driver().findElement(By.id("text")).sendKeys(" Bitte prüfen.");
            phone.driver().findElement(By.id("sendRequest")).click();
            app.showsText(By.id("newProblem"), "Liste");
            phone.driver().findElement(By.id("sendRequest")).click();

            app.visible(By.cssSelector("#messages img.thumbnail"));
            var conversation = Long.parseLong(phone.driver().getCurrentUrl().replaceAll(".*#/conversations/", ""));
            var messages = ServiceRequests.messages(consumer.accessToken(), conversation, 0, 10)
                    .json()
                    .getJsonArray("messages");
            assertEquals("Foto anbei. Bitte prüfen.", messages.getJsonObject(0).getString("text"), messages::toString);
            assertEquals(
                    1, messages.getJsonObject(1).getJsonArray("attachments").size(), messages::toString);
        }
    }

    @Test
    void a_new_request_half_written_stays_when_the_language_changes_and_is_opened_once() throws IOException {
        var consumer = Consumers.signUp("Nina", "Neu");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.BAECKEREI);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/new");
            app.visible(By.cssSelector("#company option[value='" + ServiceRequests.BAECKEREI + "']"));
            new Select(phone.driver().findElement(By.id("company"))).selectByValue(ServiceRequests.BAECKEREI);
            phone.driver().findElement(By.id("subject")).sendKeys("Torte bestellt");
            phone.driver().findElement(By.id("text")).sendKeys("Die Torte für Samstag, bitte mit Kerzen.");
            var photo = Files.createTempFile("torte", ".png");
            Files.write(photo, Binary.image("png", 64, 48));
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.visible(By.cssSelector("#attached li img.thumbnail"));

            phone.driver().findElement(By.id("language")).click();
            app.showsText(By.id("sendRequest"), "Send");
            app.visible(By.cssSelector("#company option[value='" + ServiceRequests.BAECKEREI + "']"));
            assertEquals(ServiceRequests.BAECKEREI, valueOf(phone, "company"), "the company chosen stays");
            assertEquals("Torte bestellt", valueOf(phone, "subject"));
            assertEquals("Die Torte für Samstag, bitte mit Kerzen.", valueOf(phone, "text"));
            app.visible(By.cssSelector("#attached li img.thumbnail"));
            assertEquals(
                    1,
                    phone.driver().findElements(By.cssSelector("#attached li")).size(),
                    "the photo stays");

            phone.driver().findElement(By.id("sendRequest")).click();
            app.visible(By.cssSelector("#messages img.thumbnail"));
            var conversation = Long.parseLong(phone.driver().getCurrentUrl().replaceAll(".*#/conversations/", ""));
            var opened = ServiceRequests.conversation(consumer.accessToken(), conversation);
            assertEquals("Torte bestellt", opened.getString("subject"), opened::toString);
            assertEquals(
                    ServiceRequests.BAECKEREI, opened.getJsonObject("company").getString("handle"));
            var messages = ServiceRequests.messages(consumer.accessToken(), conversation, 0, 10)
                    .json()
                    .getJsonArray("messages");
            assertEquals(2, messages.size(), messages::toString);
            assertEquals(
                    1, messages.getJsonObject(1).getJsonArray("attachments").size(), messages::toString);

            // sent: the next new request starts empty
            TheApp.openAs(phone, consumer, "#/conversations/new");
            app.visible(By.cssSelector("#company option"));
            assertEquals("", valueOf(phone, "subject"));
            assertEquals("", valueOf(phone, "text"));
            assertEquals(
                    0,
                    phone.driver().findElements(By.cssSelector("#attached li")).size());
        }
    }

    @Test
    void a_sign_out_in_another_tab_takes_this_tabs_drafts_with_it() {
        var consumer = Consumers.signUp("Tara", "Tabs");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/new");
            app.visible(By.cssSelector("#company option"));
            phone.driver().findElement(By.id("subject")).sendKeys("Nur für mich");
            var first = phone.driver().getWindowHandle();

            phone.driver().switchTo().newWindow(WindowType.TAB);
            phone.go("/app/#/account");
            app.clickable(By.id("signOut")).click();
            app.visible(By.id("register"));

            // the first tab follows: signed out, and what was written there is gone with the person
            phone.driver().switchTo().window(first);
            app.visible(By.id("register"));
            assertEquals(
                    null,
                    phone.driver().executeScript("return sessionStorage.getItem('anliegen.draft.new');"),
                    "the next person in this tab does not find the words");
        }
    }

    @Test
    void photos_fetched_after_the_view_followed_the_newest_message_keep_it_and_the_next_answer_in_sight()
            throws IOException {
        var consumer = Consumers.signUp("Paula", "Panorama");
        var conversation = answeredFiveTimes(consumer, "Zählerschrank");
        var agent = ServiceRequests.stadtwerkeAgent();
        // photos as a phone takes them, larger than any thumbnail: each shown 12rem high, known only once fetched
        var photo = Binary.image("jpg", 800, 600);
        var photos = new ArrayList<String>();
        for (var name : List.of("schrank.jpg", "zaehler.jpg")) {
            var uploaded = Binary.upload(
                    "POST",
                    "/api/v1/conversations/" + conversation + "/attachments?name=" + name,
                    consumer.accessToken(),
                    "image/jpeg",
                    photo);
            assertEquals(201, uploaded.status(), uploaded::toString);
            photos.add(uploaded.json().getJsonNumber("id").toString());
        }
        var sent = Api.post(
                "/api/v1/conversations/" + conversation + "/messages",
                "{\"clientMessageId\":\"" + ServiceRequests.newId() + "\",\"text\":\"So sieht es aus.\","
                        + "\"attachmentIds\":[" + String.join(",", photos) + "]}",
                consumer.accessToken());
        assertEquals(201, sent.status(), sent::toString);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            // opened: the view goes to the newest message, whose photos come after
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.loaded(By.cssSelector("#messages li[data-seq='7'] figure:last-of-type img.thumbnail"), 800);
            app.until(page -> wholeAboveTheComposer(phone, "#messages li[data-seq='7']"));
            phone.screenshot("app-photos-newest");

            // sent from the composer: the view follows the message and its photo, and so the answer that comes next
            var file = Files.createTempFile("schrank", ".jpg");
            Files.write(file, photo);
            phone.driver().findElement(By.id("attachment")).sendKeys(file.toString());
            app.visible(By.cssSelector("#attached li[data-attachment]"));
            phone.driver().findElement(By.id("send")).click();
            app.loaded(By.cssSelector("#messages li[data-seq='8'] img.thumbnail"), 800);
            app.until(page -> wholeAboveTheComposer(phone, "#messages li[data-seq='8']"));
            ServiceRequests.send(agent.accessToken(), conversation, "Danke, das genügt uns.");
            app.showsText(By.cssSelector("#messages li[data-seq='9'] .text"), "Danke, das genügt uns.");
            app.until(page -> wholeAboveTheComposer(phone, "#messages li[data-seq='9']"));
            assertFalse(phone.driver().findElement(By.id("newBelow")).isDisplayed(), "the answer is in sight");
            phone.screenshot("app-photo-answered");
        }
    }

    @Test
    void a_composer_growing_while_the_newest_message_is_in_sight_keeps_it_in_sight() throws IOException {
        var consumer = Consumers.signUp("Greta", "Wachstum");
        var conversation = answeredFiveTimes(consumer, "Zählertausch");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.showsText(By.cssSelector("#messages li[data-seq='6'] .text"), "Antwort 5");
            app.until(page -> wholeAboveTheComposer(phone, "#messages li[data-seq='6']"));

            // a photo of the meter, taller than wide: its preview makes the composer about 12rem taller
            var photo = Files.createTempFile("zaehler", ".png");
            Files.write(photo, Binary.image("png", 300, 600));
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.loaded(By.cssSelector("#attached li[data-attachment] img.thumbnail"), 300);
            app.until(page -> wholeAboveTheComposer(phone, "#messages li[data-seq='6']"));
            phone.screenshot("app-composer-grown");

            // the field drawn larger, for a long text
            phone.driver().executeScript("document.getElementById('messageText').style.height = '10rem';");
            app.until(page -> wholeAboveTheComposer(phone, "#messages li[data-seq='6']"));
            phone.screenshot("app-composer-grown-more");
        }
    }

    @Test
    void a_file_is_judged_by_its_bytes_not_its_name_and_a_photo_over_the_limit_is_drawn_smaller() throws IOException {
        var consumer = Consumers.signUp("Nora", "Namen");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Zählerstand");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));

            // a PNG saved under .jpg goes, as the PNG it is
            var misnamed = Files.createTempFile("zaehler", ".jpg");
            Files.write(misnamed, Binary.image("png", 64, 48));
            phone.driver().findElement(By.id("attachment")).sendKeys(misnamed.toString());
            app.visible(By.cssSelector("#attached li[data-attachment] img.thumbnail"));

            // a web page saved under .pdf is refused at once, saying what it is not
            var fake = Files.createTempFile("rechnung", ".pdf");
            Files.writeString(fake, "<html>keine Rechnung</html>");
            phone.driver().findElement(By.id("attachment")).sendKeys(fake.toString());
            app.showsText(
                    By.id("sendProblem"),
                    "„" + fake.getFileName() + "“ heißt wie ein Foto oder PDF, ist aber keine JPEG-, PNG- oder"
                            + " PDF-Datei.");
            phone.screenshot("app-file-not-what-its-name-says", By.id("sendMessage"));

            // a photo over the 10 MB an attachment may have is drawn smaller to fit, and says so
            var large = Files.createTempFile("schrank", ".png");
            Files.write(large, Binary.photo("png", 2000, 1900));
            assertTrue(Files.size(large) > 10 * 1024 * 1024, Files.size(large) + " bytes");
            phone.driver().findElement(By.id("attachment")).sendKeys(large.toString());
            app.until(page -> page.findElements(By.cssSelector("#attached li[data-attachment]"))
                            .size()
                    == 2);
            app.showsText(By.cssSelector("#attached li:nth-child(2)"), "Verkleinert");
            assertEquals("", phone.driver().findElement(By.id("sendProblem")).getText());
            phone.screenshot("app-files-by-their-bytes", By.id("sendMessage"));
            phone.driver().findElement(By.id("send")).click();

            app.visible(By.cssSelector("#messages li[data-seq='2'] img.thumbnail"));
            var attachments = ServiceRequests.messages(consumer.accessToken(), conversation, 1, 10)
                    .json()
                    .getJsonArray("messages")
                    .getJsonObject(0)
                    .getJsonArray("attachments");
            assertEquals(2, attachments.size(), attachments::toString);
            assertEquals("image/png", attachments.getJsonObject(0).getString("contentType"));
            assertTrue(attachments.getJsonObject(0).getString("fileName").endsWith(".png"), attachments::toString);
            assertEquals("image/jpeg", attachments.getJsonObject(1).getString("contentType"));
            assertTrue(attachments.getJsonObject(1).getInt("size") <= 10 * 1024 * 1024, attachments::toString);
        }
    }

    /** A request of the consumer's to the Stadtwerke with five answers: on a phone the page scrolls. */
    private static long answeredFiveTimes(SignedIn consumer, String subject) {
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, subject);
        var agent = ServiceRequests.stadtwerkeAgent();
        for (var i = 1; i <= 5; i++) {
            ServiceRequests.send(
                    agent.accessToken(), conversation, "Antwort " + i + ", lang genug, dass die Seite rollt.");
        }
        return conversation;
    }

    /** Whether the message is in sight down to its time and receipt, above the composer at the foot of the screen. */
    private static boolean wholeAboveTheComposer(Browser phone, String message) {
        return (Boolean) phone.driver()
                .executeScript(
                        "const bottom = document.querySelector(arguments[0]).getBoundingClientRect().bottom;"
                                + " const composer = document.getElementById('sendMessage').getBoundingClientRect();"
                                + " return bottom <= Math.min(composer.top, window.innerHeight) + 1;",
                        message);
    }

    private static String valueOf(Browser phone, String id) {
        return phone.driver().findElement(By.id(id)).getDomProperty("value");
    }

    @Test
    void a_photo_goes_without_words_and_an_answer_marks_what_came_before_it_read() throws IOException {
        var consumer = Consumers.signUp("Fiona", "Foto");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Zähler");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            // the request is loaded (on a server just started that takes a while), then Send with nothing
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            phone.driver().findElement(By.id("send")).click();
            app.showsText(By.id("sendProblem"), "Schreiben Sie eine Nachricht oder hängen Sie eine Datei an.");

            // a photo chosen by mistake is taken off again before sending
            TheApp.attachPhoto(phone);
            phone.driver()
                    .findElement(By.cssSelector("#attached li[data-attachment] button.link"))
                    .click();
            app.gone(By.cssSelector("#attached li"));
            TheApp.attachPhoto(phone);
            phone.driver().findElement(By.id("messageText")).sendKeys("   ");
            phone.driver().findElement(By.id("send")).click();
            app.visible(By.cssSelector("#messages li[data-seq='2'] img.thumbnail"));
            assertEquals(
                    1,
                    phone.driver()
                            .findElements(By.cssSelector("#messages li[data-seq='2'] img.thumbnail"))
                            .size(),
                    "only the photo kept goes");
            assertEquals(
                    0,
                    phone.driver()
                            .findElements(By.cssSelector("#messages li[data-seq='2'] .text"))
                            .size());
            var agent = ServiceRequests.stadtwerkeAgent();
            var stored = ServiceRequests.messages(agent.accessToken(), conversation, 1, 10)
                    .json()
                    .getJsonArray("messages")
                    .getJsonObject(0);
            assertEquals("", stored.getString("text", ""), "spaces beside a photo are no text");

            ServiceRequests.send(agent.accessToken(), conversation, "Danke für das Foto.");
            app.showsText(By.id("messages"), "Danke für das Foto.");
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .receipt"), "gelesen");
            // beside a photo, as narrow as the photo, the time still stands on one line
            assertEquals(
                    1L,
                    phone.driver()
                            .executeScript("return document.querySelector(\"#messages li[data-seq='2'] time\")"
                                    + ".getClientRects().length"),
                    "line boxes of the photo's time");
        }
    }
}
