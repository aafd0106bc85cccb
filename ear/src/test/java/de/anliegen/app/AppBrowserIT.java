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
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
            phone.driver().findElement(By.id("sendCode")).click();
            app.visible(By.id("confirm"));
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
            app.clickable(By.id("newConversation")).click();
            app.visible(By.cssSelector("#company option"));
            phone.driver().findElement(By.id("subject")).sendKeys("Zählerstand");
            phone.driver().findElement(By.id("text")).sendKeys("Guten Tag, mein Zählerstand ist 12345.");
            phone.driver().findElement(By.id("sendRequest")).click();
            app.showsText(By.id("messages"), "mein Zählerstand ist 12345");

            var hash = phone.driver().getCurrentUrl().replaceAll(".*#/conversations/", "");
            var conversation = Long.parseLong(hash);
            var agent = ServiceRequests.stadtwerkeAgent();
            ServiceRequests.send(agent.accessToken(), conversation, "Danke, wir passen den Abschlag an.");
            app.showsText(By.id("messages"), "Danke, wir passen den Abschlag an.");
            assertEquals(
                    2,
                    phone.driver().findElements(By.cssSelector("#messages li")).size());

            var photo = Files.createTempFile("zaehler", ".png");
            Files.write(photo, Binary.image("png", 64, 48));
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.visible(By.cssSelector("#attached li[data-attachment] img.thumbnail"));
            phone.driver().findElement(By.id("messageText")).sendKeys("Hier das Foto.");
            phone.driver().findElement(By.id("send")).click();
            app.until(page -> page.findElements(By.cssSelector("#messages li[data-seq='3'] img.thumbnail")).stream()
                    .anyMatch(image -> image.getAttribute("src").startsWith("data:image/png")));
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
            phone.offline(false);
            app.gone(By.cssSelector(".message.pending"));
            app.showsText(By.cssSelector("#messages li[data-seq='4']"), "Nachtrag: Foto folgt.");
            assertEquals(1, stored(agent.accessToken(), conversation, "Nachtrag: Foto folgt."), "delivered once");
            assertEquals(
                    List.of(),
                    phone.consoleErrors().stream()
                            .filter(error -> !error.contains("net::ERR_INTERNET_DISCONNECTED"))
                            .toList(),
                    "while offline only the failed requests");

            var read = Api.post("/api/v1/conversations/" + conversation + "/read", "{\"upTo\":4}", agent.accessToken());
            assertEquals(200, read.status(), read::toString);
            app.showsText(By.cssSelector("#messages li[data-seq='4'] .receipt"), "gelesen");
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

            var session = (String) phone.driver().executeScript("return localStorage.getItem('anliegen.session');");
            var token =
                    Json.createReader(new StringReader(session)).readObject().getString("access");
            app.clickable(By.id("toAccount")).click();
            app.showsText(By.id("who"), "Petra Phone");
            app.clickable(By.id("signOutEverywhere")).click();
            app.visible(By.id("register"));
            assertEquals(401, Api.get("/api/v1/me", token).status(), "signed out everywhere: the token is dead");

            assertEquals(List.of(), Browser.otherOrigins(phone.requestedUrls()));
            assertEquals(
                    List.of(),
                    phone.consoleErrors().stream()
                            // the account page asks for the picture; 404 is the API's answer for "none yet"
                            .filter(error -> !error.contains("/api/v1/me/picture - Failed to load resource: the "
                                    + "server responded with a status of 404"))
                            .toList());
        }
    }

    @Test
    void a_person_edits_the_profile_chooses_consents_downloads_their_data_and_deletes_the_account() throws IOException {
        var consumer = Consumers.signUp("Dana", "Delete");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            phone.driver()
                    .executeScript(
                            "localStorage.setItem('anliegen.session', JSON.stringify({access: arguments[0],"
                                    + " refresh: arguments[1]}));",
                            consumer.accessToken(),
                            consumer.refreshToken());
            phone.go("/app/#/account");
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
            var picture = Files.createTempFile("portrait", ".png");
            Files.write(picture, Binary.image("png", 80, 80));
            phone.driver().findElement(By.id("pictureFile")).sendKeys(picture.toString());
            app.showsText(By.id("profileSaved"), "Profilbild gespeichert");
            assertEquals(
                    200, Api.get("/api/v1/me/picture", consumer.accessToken()).status());
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
            assertEquals(401, Api.get("/api/v1/me", consumer.accessToken()).status(), "the account is gone");
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
        }
    }
}
