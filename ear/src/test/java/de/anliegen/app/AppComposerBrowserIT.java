package de.anliegen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The app's composer on the paths where words could be lost or a person left guessing: a message the server refuses,
 * a photo sent without words, and the receipt an agent's answer brings.
 */
class AppComposerBrowserIT extends AgainstTheProduct {

    @Test
    void a_message_the_server_refuses_goes_back_into_the_field_with_the_reason_beside_it() {
        var consumer = Consumers.signUp("Rita", "Refus");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Abschlag");
        var left = Api.delete("/api/v1/me/companies/" + ServiceRequests.STADTWERKE, consumer.accessToken());
        assertEquals(204, left.status(), left::toString);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.id("messageText")).sendKeys("Nach dem Trennen geschrieben");
            phone.driver().findElement(By.id("send")).click();
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
    void a_photo_goes_without_words_and_an_answer_marks_what_came_before_it_read() throws IOException {
        var consumer = Consumers.signUp("Fiona", "Foto");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Zähler");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.id("messageText"));
            phone.driver().findElement(By.id("send")).click();
            app.showsText(By.id("sendProblem"), "Schreiben Sie eine Nachricht oder hängen Sie eine Datei an.");

            TheApp.attachPhoto(phone);
            phone.driver().findElement(By.id("messageText")).sendKeys("   ");
            phone.driver().findElement(By.id("send")).click();
            app.visible(By.cssSelector("#messages li[data-seq='2'] img.thumbnail"));
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
