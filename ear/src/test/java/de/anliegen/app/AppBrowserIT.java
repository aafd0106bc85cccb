package de.anliegen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.Accessibility;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Mails;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The consumer app at /app in a phone-sized Chromium, on the public API alone: register with the SMS code, connect
 * with a company, open a request, and see the agent's answer arrive live; installable, nothing from another origin,
 * nothing axe-core finds serious.
 */
class AppBrowserIT extends AgainstTheProduct {

    @Test
    void a_person_registers_connects_asks_and_sees_the_answer_live() throws IOException {
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            app.visible(By.id("register"));
            assertEquals(List.of(), Accessibility.graveProblems(phone));
            phone.screenshot("app-welcome");

            var number = Consumers.newMobileNumber();
            app.visible(By.id("firstName")).sendKeys("Petra");
            phone.driver().findElement(By.id("lastName")).sendKeys("Phone");
            phone.driver().findElement(By.id("mobileNumber")).sendKeys(number);
            // a double tap: the form goes once, and one SMS with one code
            TheApp.submitTwice(phone, "register");
            app.visible(By.id("confirm"));
            assertEquals(1, Consumers.smsTo(number).size(), "SMS sent to " + number);
            // the language switched while the code is awaited: the code screen stays
            phone.driver().findElement(By.id("language")).click();
            app.showsText(By.id("confirmCode"), "Confirm");
            phone.driver().findElement(By.id("language")).click();
            app.showsText(By.id("confirmCode"), "Bestätigen");
            assertFalse(phone.driver().findElement(By.id("resend")).isEnabled(), "the resend waits as announced");
            app.showsText(By.id("resendWait"), " s");
            phone.driver().findElement(By.id("code")).sendKeys(Consumers.codeSentTo(number));
            phone.screenshot("app-code");
            phone.driver().findElement(By.id("confirmCode")).click();
            app.visible(By.id("conversationList"));

            app.clickable(By.id("toCompanies")).click();
            var connect = By.cssSelector("button[data-company='" + ServiceRequests.STADTWERKE + "']");
            app.showsText(connect, "Verbinden");
            assertTrue(app.text(By.tagName("main")).contains("Verbinden erlaubt dem Unternehmen"));
            app.clickable(connect).click();
            app.showsText(connect, "Trennen");
            phone.screenshot("app-companies");
            app.clickable(By.linkText("Stadtwerke Musterstadt")).click();
            app.showsText(By.id("companyProfile"), "Trennen");

            app.clickable(By.id("toConversations")).click();
            TheApp.ask(phone, "Zählerstand", "Guten Tag, mein Zählerstand ist 12345.");
            app.showsText(By.id("messages"), "mein Zählerstand ist 12345");

            var hash = phone.driver().getCurrentUrl().replaceAll(".*#/conversations/", "");
            var conversation = Long.parseLong(hash);
            var agent = ServiceRequests.stadtwerkeAgent();
            ServiceRequests.send(agent.accessToken(), conversation, "Danke, wir passen den Abschlag an.");
            app.showsText(By.id("messages"), "Danke, wir passen den Abschlag an.");
            assertEquals(
                    2,
                    phone.driver().findElements(By.cssSelector("#messages li")).size());

            TheApp.attachPhoto(phone);
            phone.driver().findElement(By.id("messageText")).sendKeys("Hier das Foto.");
            phone.driver().findElement(By.id("send")).click();
            app.until(page -> page.findElements(By.cssSelector("#messages li[data-seq='3'] img.thumbnail")).stream()
                    // the thumbnail's element is drawn before its picture is fetched: no src for a moment
                    .anyMatch(image -> String.valueOf(image.getAttribute("src")).startsWith("data:image/png")));
            var withPhoto = ServiceRequests.messages(agent.accessToken(), conversation, 2, 10)
                    .json()
                    .getJsonArray("messages")
                    .getJsonObject(0);
            assertEquals("Hier das Foto.", withPhoto.getString("text"));
            assertEquals(1, withPhoto.getJsonArray("attachments").size());
            phone.screenshot("app-conversation", By.cssSelector("#messages li[data-seq='3']"));

            assertEquals(List.of(), Accessibility.graveProblems(phone));

            assertEquals(List.of(), Browser.otherOrigins(phone.requestedUrls()));
            assertEquals(List.of(), phone.consoleErrors());

            phone.offline(true);
            app.visible(By.id("messageText")).sendKeys("Nachtrag: Foto folgt.");
            phone.driver().findElement(By.id("send")).click();
            app.showsText(By.cssSelector(".message.pending"), "Nachtrag: Foto folgt.");
            phone.screenshot("app-offline", By.cssSelector(".message.pending"));
            assertEquals(0, stored(agent.accessToken(), conversation, "Nachtrag: Foto folgt."));
            app.showsText(By.id("connection"), "Keine Verbindung");
            ServiceRequests.send(agent.accessToken(), conversation, "Wir sehen es uns an.");
            phone.offline(false);
            // the stream resumes after the last event seen: what came meanwhile arrives, once
            app.showsText(By.cssSelector("#messages li[data-seq='4']"), "Wir sehen es uns an.");
            app.gone(By.id("connection"));
            app.gone(By.cssSelector(".message.pending"));
            app.showsText(By.cssSelector("#messages li[data-seq='5']"), "Nachtrag: Foto folgt.");
            assertEquals(1, stored(agent.accessToken(), conversation, "Nachtrag: Foto folgt."), "delivered once");
            assertEquals(
                    1,
                    phone.driver().findElements(By.cssSelector("#messages li")).stream()
                            .filter(message -> message.getText().contains("Wir sehen es uns an."))
                            .count(),
                    "no gap, nothing twice");
            assertEquals(
                    List.of(),
                    phone.consoleErrorsExcept("net::ERR_INTERNET_DISCONNECTED"),
                    "while offline only the failed requests");

            // the API out of reach, the app opened anew: the requests and their messages are still there to read
            app.clickable(By.linkText("← Alle Anfragen")).click();
            app.showsText(By.id("conversationList"), "Zählerstand");
            app.clickable(By.partialLinkText("Zählerstand")).click();
            app.showsText(By.cssSelector("#messages li[data-seq='5']"), "Nachtrag: Foto folgt.");
            phone.blocking("*/api/*");
            phone.driver().navigate().refresh();
            app.showsText(By.id("conversationProblem"), "Sie sehen den gespeicherten Stand vom");
            app.showsText(By.cssSelector("#messages li[data-seq='5']"), "Nachtrag: Foto folgt.");
            app.showsText(By.id("subject"), "Zählerstand");
            phone.screenshot("app-offline-saved");
            app.clickable(By.linkText("← Alle Anfragen")).click();
            app.showsText(By.id("conversationsProblem"), "gespeicherten Stand");
            app.showsText(By.id("conversationList"), "Zählerstand");
            phone.blocking();
            app.clickable(By.partialLinkText("Zählerstand")).click();
            app.showsText(By.cssSelector("#messages li[data-seq='5']"), "Nachtrag: Foto folgt.");
            app.until(page ->
                    page.findElement(By.id("conversationProblem")).getText().isEmpty());
            assertEquals(
                    List.of(),
                    phone.consoleErrorsExcept("net::ERR_BLOCKED_BY_CLIENT"),
                    "while the API is out of reach only the blocked requests");

            var read = Api.post("/api/v1/conversations/" + conversation + "/read", "{\"upTo\":5}", agent.accessToken());
            assertEquals(200, read.status(), read::toString);
            app.showsText(By.cssSelector("#messages li[data-seq='5'] .receipt"), "gelesen");
            var resolved = Api.sendJson(
                    "PUT",
                    "/api/v1/conversations/" + conversation + "/status",
                    "{\"status\":\"resolved\"}",
                    agent.accessToken());
            assertEquals(200, resolved.status(), resolved::toString);
            app.clickable(By.id("rating-5")).click();
            phone.driver().findElement(By.id("comment")).sendKeys("Schnell und freundlich.");
            phone.screenshot("app-rating", By.id("close"));
            phone.driver().findElement(By.id("closeRequest")).click();
            app.showsText(By.id("status"), "geschlossen");
            var rated = ServiceRequests.conversation(agent.accessToken(), conversation);
            assertEquals(5, rated.getInt("rating"));
            assertEquals("closed", rated.getString("status"));
            assertFalse(phone.driver().findElement(By.id("sendMessage")).isDisplayed(), "a closed request takes none");

            var token = TheApp.accessTokenIn(phone);
            app.clickable(By.id("toAccount")).click();
            app.showsText(By.id("who"), "Petra Phone");
            app.clickable(By.id("signOutEverywhere")).click();
            app.visible(By.id("register"));
            assertEquals(401, Api.get("/api/v1/me", token).status(), "signed out everywhere: the token is dead");
            app.until(page -> Long.valueOf(0).equals(phone.driver().executeAsyncScript("""
                            const done = arguments[0];
                            const opened = indexedDB.open('anliegen');
                            opened.onsuccess = () => {
                                const reading = opened.result.transaction(['saved', 'outbox']);
                                const saved = reading.objectStore('saved').count();
                                const waiting = reading.objectStore('outbox').count();
                                reading.oncomplete = () => done(saved.result + waiting.result);
                            };""")));
            assertEquals(Set.of(), phone.cookieNames(), "the app sets no cookie");

            assertEquals(List.of(), Browser.otherOrigins(phone.requestedUrls()));
            assertEquals(List.of(), phone.consoleErrors());
        }
    }

    @Test
    void a_person_edits_the_profile_chooses_consents_downloads_their_data_and_deletes_the_account() throws IOException {
        var consumer = Consumers.signUp("Dana", "Delete");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/account");
            app.showsText(By.id("who"), "Dana Delete");
            app.clickable(By.id("consent-marketing")).click();
            phone.driver().findElement(By.id("saveConsents")).click();
            app.showsText(By.id("consentsSaved"), "Gespeichert");
            var marketing = Api.get("/api/v1/me/consents", consumer.accessToken())
                    .jsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(consent -> consent.getString("purpose").equals("marketing"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(marketing.getBoolean("granted"));

            var firstName = phone.driver().findElement(By.id("firstName"));
            firstName.clear();
            firstName.sendKeys("Daniela");
            phone.driver().findElement(By.id("saveNames")).click();
            app.showsText(By.id("profileSaved"), "Gespeichert");
            assertEquals(
                    "Daniela",
                    Api.get("/api/v1/me", consumer.accessToken()).json().getString("firstName"));
            var address = "dana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            phone.driver().findElement(By.id("emailAddress")).sendKeys(address);
            phone.driver().findElement(By.id("saveEmail")).click();
            app.showsText(By.id("profileSaved"), "Wir haben einen Link an " + address);
            phone.driver().navigate().refresh();
            app.showsText(By.id("emailPending"), "Wartet auf Bestätigung: " + address);
            phone.go("/confirm-email.xhtml?token="
                    + Mails.tokenIn(Mails.newestTo(address).getString("body")));
            app.clickable(By.id("confirm:submit")).click();
            app.until(page -> address.equals(
                    Api.get("/api/v1/me", consumer.accessToken()).json().getString("email", "")));
            phone.go("/app/#/account");
            app.showsText(By.id("emailState"), "Bestätigt: " + address);
            assertTrue(app.text(By.id("emailPending")).isEmpty(), "nothing waits any more");

            var picture = Files.createTempFile("portrait", ".png");
            Files.write(picture, Binary.image("png", 80, 80));
            phone.driver().findElement(By.id("pictureFile")).sendKeys(picture.toString());
            app.showsText(By.id("profileSaved"), "Profilbild gespeichert");
            assertEquals(
                    200, Api.get("/api/v1/me/picture", consumer.accessToken()).status());
            assertTrue(Api.get("/api/v1/me", consumer.accessToken()).json().getBoolean("hasPicture"));
            app.clickable(By.id("removePicture")).click();
            app.showsText(By.id("profileSaved"), "Profilbild entfernt");
            assertEquals(
                    404, Api.get("/api/v1/me/picture", consumer.accessToken()).status());
            phone.driver().findElement(By.id("newPassword")).sendKeys("Lindenblüte-am-Fluss-7");
            phone.driver().findElement(By.id("savePassword")).click();
            app.showsText(By.id("profileSaved"), "Das neue Passwort gilt");
            assertEquals(
                    200,
                    Consumers.signInWithPassword(consumer.mobileNumber(), "Lindenblüte-am-Fluss-7")
                            .status());

            var newNumber = Consumers.newMobileNumber();
            phone.driver().findElement(By.id("newNumber")).sendKeys(newNumber);
            phone.driver().findElement(By.id("changeNumber")).click();
            app.visible(By.id("numberCode")).sendKeys(Consumers.codeSentTo(newNumber));
            phone.driver().findElement(By.id("changeNumber")).click();
            app.showsText(By.id("profileSaved"), "neue Mobilfunknummer gilt");
            app.showsText(By.id("who"), newNumber);
            assertEquals(
                    newNumber,
                    Api.get("/api/v1/me", consumer.accessToken()).json().getString("mobileNumber"));

            phone.driver().findElement(By.id("exportData")).click();
            app.until(page -> phone.requestedUrls().stream().anyMatch(url -> url.contains("/api/v1/me/export")));
            assertTrue(phone.driver()
                    .findElement(By.id("accountProblem"))
                    .getText()
                    .isEmpty());
            assertEquals(List.of(), Accessibility.graveProblems(phone));
            phone.screenshot("app-account");

            app.clickable(By.id("startDeletion")).click();
            app.clickable(By.id("sendDeletionCode")).click();
            app.visible(By.id("deletionCode")).sendKeys(Consumers.codeSentTo(newNumber));
            phone.driver().findElement(By.id("deleteAccount")).click();
            app.visible(By.id("register"));
            app.showsText(By.id("notice"), "Ihr Konto und alle Ihre Daten sind gelöscht");
            assertEquals(401, Api.get("/api/v1/me", consumer.accessToken()).status(), "the account is gone");
            assertEquals(List.of(), phone.consoleErrors());
        }
    }

    private static long stored(String agentToken, long conversation, String text) {
        return ServiceRequests.messages(agentToken, conversation, 0, 100)
                .json()
                .getJsonArray("messages")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(message -> text.equals(message.getString("text", "")))
                .count();
    }

    @Test
    void a_photo_straight_from_the_camera_becomes_the_profile_picture_and_a_png_named_jpg_too() throws IOException {
        var consumer = Consumers.signUp("Carla", "Kamera");
        // as a phone's camera takes it: 12 megapixels, several times the 2 MB a profile picture may have
        var photo = Files.createTempFile("IMG_20261207_", ".jpg");
        Files.write(photo, Binary.photo("jpg", 4032, 3024));
        assertTrue(Files.size(photo) > 2 * 1024 * 1024, Files.size(photo) + " bytes");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/account");
            app.showsText(By.id("who"), "Carla Kamera");
            phone.driver().findElement(By.id("pictureFile")).sendKeys(photo.toString());
            app.showsText(By.id("profileSaved"), "Profilbild gespeichert");
            app.loaded(By.id("picture"), 1024);
            assertEquals("", app.text(By.id("accountProblem")));
            var stored = storedPicture(consumer.accessToken());
            assertEquals("image/jpeg", stored.getKey());
            assertEquals(
                    List.of(1024, 768),
                    List.of(stored.getValue().getWidth(), stored.getValue().getHeight()));
            phone.screenshot("app-profile-picture-from-camera", By.id("profile"));

            // a screenshot saved under .jpg: it is a PNG, and goes as one
            var misnamed = Files.createTempFile("bildschirm", ".jpg");
            Files.write(misnamed, Binary.image("png", 300, 200));
            phone.driver().findElement(By.id("pictureFile")).sendKeys(misnamed.toString());
            app.loaded(By.id("picture"), 300);
            app.showsText(By.id("profileSaved"), "Profilbild gespeichert");
            assertEquals("", app.text(By.id("accountProblem")));
            assertEquals("image/png", storedPicture(consumer.accessToken()).getKey());
        }
    }

    /** The profile picture the server keeps: its type and the picture. */
    private static Map.Entry<String, BufferedImage> storedPicture(String token) throws IOException {
        var stored = Binary.download("/api/v1/me/picture", token);
        assertEquals(200, stored.statusCode());
        return Map.entry(
                stored.headers().firstValue("Content-Type").orElseThrow(),
                ImageIO.read(new ByteArrayInputStream(stored.body())));
    }

    @Test
    void a_person_who_forgot_the_password_gets_a_link_and_problems_are_told_in_their_language() {
        var consumer = Consumers.signUp("Frida", "Vergesslich");
        var address = "frida-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Consumers.confirmEmail(consumer, address);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            app.visible(By.id("login")).sendKeys(address);
            phone.driver().findElement(By.id("password")).sendKeys("nicht-das-passwort");
            phone.driver().findElement(By.id("signInSubmit")).click();
            app.showsText(By.id("signInProblem"), "Mobilfunknummer, E-Mail-Adresse oder Passwort stimmen nicht.");

            app.visible(By.id("firstName")).sendKeys("   ");
            phone.driver().findElement(By.id("lastName")).sendKeys("Vergesslich");
            phone.driver().findElement(By.id("mobileNumber")).sendKeys(Consumers.newMobileNumber());
            phone.driver().findElement(By.id("sendCode")).click();
            app.showsText(By.id("registerProblem"), "Bitte prüfen Sie: Vorname.");
            for (var field : List.of("firstName", "lastName", "mobileNumber")) {
                phone.driver().findElement(By.id(field)).clear();
            }
            app.visible(By.id("firstName")).sendKeys("Frida");
            phone.driver().findElement(By.id("lastName")).sendKeys("Vergesslich");
            phone.driver().findElement(By.id("mobileNumber")).sendKeys("0815");
            phone.driver().findElement(By.id("sendCode")).click();
            app.showsText(By.id("registerProblem"), "keine Mobilfunknummer, die SMS empfangen kann");

            app.clickable(By.id("forgotPassword")).click();
            app.visible(By.id("resetEmail")).sendKeys(address);
            var mail = Mails.nextTo(address, () -> {
                phone.driver().findElement(By.id("sendReset")).click();
                app.showsText(By.id("resetSent"), "ist ein Link unterwegs");
            });
            assertTrue(mail.getString("body").contains("/reset-password.xhtml?token="), mail::toString);

            app.clickable(By.id("language")).click();
            app.visible(By.id("login")).sendKeys(address);
            phone.driver().findElement(By.id("password")).sendKeys("nicht-das-passwort");
            phone.driver().findElement(By.id("signInSubmit")).click();
            app.showsText(By.id("signInProblem"), "Mobile number, e-mail address or password do not match.");
            assertEquals(List.of(), Accessibility.graveProblems(phone));
        }
    }

    @Test
    void a_person_registers_and_asks_with_the_keyboard_alone() {
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            app.visible(By.id("register"));
            var order = new ArrayList<String>();
            for (var i = 0; i < 8; i++) {
                new Actions(phone.driver()).sendKeys(Keys.TAB).perform();
                order.add(focused(phone));
            }
            assertEquals(
                    List.of(
                            "Zum Inhalt",
                            "Anliegen",
                            "language",
                            "firstName",
                            "lastName",
                            "mobileNumber",
                            "sendCode",
                            "Wie wir mit Ihren Daten umgehen: Datenschutzerklärung"),
                    order,
                    "skip link, then the bar, then the form in reading order");

            new Actions(phone.driver())
                    .keyDown(Keys.SHIFT)
                    .sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB)
                    .keyUp(Keys.SHIFT)
                    .perform();
            assertEquals("firstName", focused(phone));
            var number = Consumers.newMobileNumber();
            new Actions(phone.driver())
                    .sendKeys("Kira", Keys.TAB, "Keyboard", Keys.TAB, number, Keys.ENTER)
                    .perform();
            app.visible(By.id("confirm"));
            assertEquals("code", focused(phone), "the code's field takes the focus");
            new Actions(phone.driver())
                    .sendKeys(Consumers.codeSentTo(number), Keys.ENTER)
                    .perform();
            app.visible(By.id("conversationList"));
            assertEquals("view", focused(phone), "a new view takes the focus, so a screen reader starts there");
            new Actions(phone.driver()).sendKeys(Keys.TAB).perform();
            assertEquals("newConversation", focused(phone));
            new Actions(phone.driver()).sendKeys(Keys.ENTER).perform();
            app.visible(By.id("newRequest"));
        }
    }

    /** The focused element's id, or its text where it has none. */
    private static String focused(Browser phone) {
        var element = phone.driver().switchTo().activeElement();
        var id = element.getAttribute("id");
        return id == null || id.isEmpty() ? element.getText() : id;
    }

    @Test
    void a_conversation_opened_directly_after_time_away_shows_its_whole_history_with_the_newest_in_sight() {
        var consumer = Consumers.signUp("Mia", "Verlauf");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Langer Verlauf");
        var agent = ServiceRequests.stadtwerkeAgent();
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            // the app was open once (its stream keeps a cursor), then closed for a while
            TheApp.openAs(phone, consumer, "#/conversations");
            app.showsText(By.id("conversationList"), "Langer Verlauf");
            TheApp.leaveWithTheCursorKept(phone);
            for (var i = 1; i <= 11; i++) {
                ServiceRequests.send(agent.accessToken(), id, "Antwort Nummer " + i + " des Kundenservice");
            }

            // opened from a notification's link: the stream replays the missed answers before the first page loads
            phone.go("/app/#/conversations/" + id);
            app.showsText(By.id("messages"), "Antwort Nummer 11");
            app.until(page ->
                    page.findElements(By.cssSelector("#messages li.message")).size() == 12);
            app.showsText(By.id("messages"), "Guten Tag, Langer Verlauf");
            app.until(page -> atEnd(phone));
            phone.screenshot("app-conversation-newest");

            // a reader who scrolled up keeps their place and is told that something new is below
            phone.driver().executeScript("window.scrollTo(0, 0);");
            ServiceRequests.send(agent.accessToken(), id, "Noch eine Antwort, außer Sicht");
            app.visible(By.id("newBelow"));
            assertEquals(0L, ((Number) phone.driver().executeScript("return Math.round(window.scrollY);")).longValue());
            phone.screenshot("app-conversation-new-below");
            app.clickable(By.id("newBelow")).click();
            app.until(page -> atEnd(phone));
            app.gone(By.id("newBelow"));

            // at the end, the next answer is followed
            ServiceRequests.send(agent.accessToken(), id, "Und die letzte Antwort");
            app.showsText(By.id("messages"), "Und die letzte Antwort");
            app.until(page -> atEnd(phone));
            assertFalse(phone.driver().findElement(By.id("newBelow")).isDisplayed());
        }
    }

    @Test
    void a_stream_that_cannot_resume_has_the_open_request_read_anew_with_what_it_skipped() {
        var consumer = Consumers.signUp("Rita", "Neuladen");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Stand unklar");
        var agent = ServiceRequests.stadtwerkeAgent();
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + id);
            app.showsText(By.cssSelector("#messages li[data-seq='1']"), "Guten Tag, Stand unklar");
            app.until(page -> page.findElement(By.cssSelector("#messages li[data-seq='1'] .receipt"))
                    .getText()
                    .isEmpty());

            // away while the agent reads it, and back with a cursor the stream no longer knows (a database restored
            // from a backup): the server replays nothing and says reload
            phone.offline(true);
            app.showsText(By.id("connection"), "Keine Verbindung");
            phone.driver().executeScript("localStorage.setItem('anliegen.cursor', '999999999');");
            var read = Api.post("/api/v1/conversations/" + id + "/read", "{\"upTo\":1}", agent.accessToken());
            assertEquals(200, read.status(), read::toString);
            phone.offline(false);

            app.showsText(By.cssSelector("#messages li[data-seq='1'] .receipt"), "gelesen");
            app.gone(By.id("connection"));
            assertEquals(
                    1,
                    phone.driver()
                            .findElements(By.cssSelector("#messages li.message"))
                            .size());
            app.until(page -> !"999999999"
                    .equals(phone.driver().executeScript("return localStorage.getItem('anliegen.cursor');")));
        }
    }

    @Test
    void a_request_opens_with_a_photo_that_shows_large_on_a_tap_and_a_file_too_large_is_refused_with_the_limit()
            throws IOException {
        var consumer = Consumers.signUp("Pia", "Foto");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/new");
            app.visible(By.cssSelector("#company option"));

            var large = Files.createTempFile("gross", ".pdf");
            var pdf = new byte[11 * 1024 * 1024];
            System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
            Files.write(large, pdf);
            phone.driver().findElement(By.id("attachment")).sendKeys(large.toString());
            app.showsText(By.id("newProblem"), "höchstens 10 MB");

            var photo = Files.createTempFile("zaehlerkasten", ".png");
            Files.write(photo, Binary.image("png", 64, 48));
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.visible(By.cssSelector("#attached li img.thumbnail"));
            phone.driver().findElement(By.id("subject")).sendKeys("Zählerkasten mit Foto");
            phone.driver().findElement(By.id("text")).sendKeys("Guten Tag, so sieht der Kasten aus.");
            phone.screenshot("app-new-request-photo");
            phone.driver().findElement(By.id("sendRequest")).click();

            app.showsText(By.id("messages"), "so sieht der Kasten aus");
            app.until(page -> page.findElements(By.cssSelector("#messages img.thumbnail")).stream()
                    // the thumbnail's element is drawn before its picture is fetched: no src for a moment
                    .anyMatch(image -> String.valueOf(image.getAttribute("src")).startsWith("data:image/png")));
            var conversation = Long.parseLong(phone.driver().getCurrentUrl().replaceAll(".*#/conversations/", ""));
            var messages = ServiceRequests.messages(consumer.accessToken(), conversation, 0, 10)
                    .json()
                    .getJsonArray("messages");
            assertEquals(2, messages.size(), messages::toString);
            assertEquals(
                    1, messages.getJsonObject(1).getJsonArray("attachments").size());

            app.clickable(By.cssSelector("#messages button.enlarge")).click();
            app.loaded(By.cssSelector("dialog#viewer img"), 64);
            phone.screenshot("app-photo-large");
            new Actions(phone.driver()).sendKeys(Keys.ESCAPE).perform();
            app.gone(By.id("viewer"));
            assertEquals(List.of(), phone.consoleErrors());
        }
    }

    @Test
    void the_status_follows_an_answer_and_older_requests_show_on_more() {
        var consumer = Consumers.signUp("Sara", "Status");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var first = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Die erste Anfrage");
        for (var i = 2; i <= 52; i++) {
            ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Anfrage " + i);
        }
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations");
            app.showsText(By.id("conversationList"), "Anfrage 52");
            assertFalse(phone.driver()
                    .findElement(By.id("conversationList"))
                    .getText()
                    .contains("Die erste Anfrage"));
            app.clickable(By.id("moreConversations")).click();
            app.showsText(By.id("conversationList"), "Die erste Anfrage");
            app.gone(By.id("moreConversations"));

            phone.go("/app/#/conversations/" + first);
            app.showsText(By.id("status"), "offen");
            ServiceRequests.send(ServiceRequests.stadtwerkeAgent().accessToken(), first, "Wir kümmern uns darum.");
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Wir kümmern uns darum.");
            app.showsText(By.id("status"), "wartet auf Sie");
        }
    }

    @Test
    void a_server_too_busy_to_renew_the_sign_in_does_not_sign_the_person_out() {
        var consumer = Consumers.signUp("Rene", "Erneuert");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Noch angemeldet");
        try (var phone = Browser.openPhone()) {
            // renewals are answered as while the database is away, until the test says otherwise
            phone.beforeEveryPage("const realFetch = window.fetch; window.refreshBusy = true;"
                    + " window.fetch = (url, options) => {"
                    + "  if (window.refreshBusy && String(url).endsWith('/sessions/refresh')) {"
                    + "   return Promise.resolve(new Response(JSON.stringify({type: '/problems/unavailable',"
                    + "    title: 'Service unavailable', status: 503}), {status: 503,"
                    + "    headers: {'Content-Type': 'application/problem+json'}}));"
                    + "  }"
                    + "  return realFetch(url, options);"
                    + " };");
            var app = Portal.on(phone);
            phone.go("/app/");
            // an access token the server no longer takes: the app must renew it
            phone.driver()
                    .executeScript(
                            "localStorage.setItem('anliegen.session', JSON.stringify({access: 'expired',"
                                    + " refresh: arguments[0]}));",
                            consumer.refreshToken());
            phone.go("/app/#/conversations");
            app.showsText(By.id("conversationsProblem"), "nicht erreichbar");
            assertTrue(
                    phone.driver().executeScript("return localStorage.getItem('anliegen.session');") != null,
                    "still signed in");

            // the server is back: the next call renews the tokens (the refresh token was not used up) and goes through
            phone.driver().executeScript("window.refreshBusy = false;");
            // the list's problem is drawn anew meanwhile (the stream's renewal retries too): click through redraws
            app.click(By.id("toCompanies"));
            app.click(By.id("toConversations"));
            app.showsText(By.id("conversationList"), "Noch angemeldet");
        }
    }

    @Test
    void the_company_search_finds_by_name() {
        var consumer = Consumers.signUp("Sven", "Suche");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/companies");
            app.showsText(By.id("companyList"), "Stadtwerke Musterstadt");
            app.visible(By.id("q")).sendKeys("Bäckerei", Keys.ENTER);
            app.until(page -> !page.findElement(By.id("companyList")).getText().contains("Stadtwerke"));
            assertTrue(
                    phone.driver().findElement(By.id("companyList")).getText().contains("Bäckerei Sommer"));
            phone.driver().findElement(By.id("q")).clear();
            phone.driver().findElement(By.id("q")).sendKeys("gibt es nicht", Keys.ENTER);
            app.showsText(By.id("companyList"), "Kein");
            phone.screenshot("app-company-search");
            assertEquals(List.of(), phone.consoleErrors());

            // a problem the app has no words for is told in the person's language, never in the API's English
            assertEquals(
                    "Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.",
                    explained(phone, 409, "/problems/something-new"));
            assertEquals(
                    "Das ist zu groß: Fotos und PDFs dürfen höchstens 10 MB groß sein.",
                    explained(phone, 413, "about:blank"));
        }
    }

    /** What the app tells the person about a problem of this status and type (api.js explain, in the page). */
    private static String explained(Browser phone, int status, String type) {
        return (String) phone.driver()
                .executeAsyncScript(
                        "const [status, type, done] = arguments; import('/app/js/api.js').then(api => done("
                                + "api.explain(new api.Problem(status, {type, detail: 'An English text for developers.'}))));",
                        status,
                        type);
    }

    private static boolean atEnd(Browser phone) {
        return (Boolean) phone.driver()
                .executeScript("return window.innerHeight + window.scrollY"
                        + " >= document.documentElement.scrollHeight - 48;");
    }

    @Test
    void the_app_is_installable_and_speaks_english_too() {
        var manifest = Api.get("/app/manifest.webmanifest");
        assertEquals(200, manifest.status());
        assertTrue(manifest.response()
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/manifest+json"));
        assertEquals("/app/", manifest.json().getString("start_url"));
        assertEquals(200, Api.get("/app/icons/icon-512.png").status());

        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            app.visible(By.id("register"));
            var scope = (String) phone.driver()
                    .executeAsyncScript(
                            "const done = arguments[0]; navigator.serviceWorker.ready.then(r => done(r.scope));");
            assertEquals(Api.BASE.resolve("/app/").toString(), scope);

            app.clickable(By.id("language")).click();
            app.showsText(By.tagName("h1"), "Welcome to Anliegen");
            assertEquals("en", phone.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(List.of(), Accessibility.graveProblems(phone));

            var number = Consumers.newMobileNumber();
            app.visible(By.id("firstName")).sendKeys("Emma");
            phone.driver().findElement(By.id("lastName")).sendKeys("English");
            phone.driver().findElement(By.id("mobileNumber")).sendKeys(number);
            phone.driver().findElement(By.id("sendCode")).click();
            app.showsText(By.id("confirm"), "We sent a six-digit code to");
            phone.driver().findElement(By.id("code")).sendKeys(Consumers.codeSentTo(number));
            phone.driver().findElement(By.id("confirmCode")).click();
            app.showsText(By.tagName("h1"), "Your requests");
            app.showsText(By.id("nav"), "Companies");
            app.clickable(By.id("toAccount")).click();
            app.showsText(By.tagName("main"), "Download my data");
            app.showsText(By.id("who"), "Emma English");
            phone.screenshot("app-account-english");
        }
    }
}
