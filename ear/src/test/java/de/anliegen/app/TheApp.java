package de.anliegen.app;

import de.anliegen.support.Binary;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers.SignedIn;
import de.anliegen.support.Portal;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import org.openqa.selenium.By;

/** What the app's browser tests do again and again: open it signed in, read its session, open a request. */
public final class TheApp {

    private TheApp() {}

    /** Opens the app at this view, signed in as the consumer (the tokens kept as the app keeps them). */
    public static void openAs(Browser phone, SignedIn consumer, String view) {
        phone.go("/app/");
        phone.driver()
                .executeScript(
                        "localStorage.setItem('anliegen.session', JSON.stringify({access: arguments[0],"
                                + " refresh: arguments[1]}));",
                        consumer.accessToken(),
                        consumer.refreshToken());
        phone.go("/app/" + view);
    }

    /** The access token the app holds now. */
    static String accessTokenIn(Browser phone) {
        var session = (String) phone.driver().executeScript("return localStorage.getItem('anliegen.session');");
        return Json.createReader(new StringReader(session)).readObject().getString("access");
    }

    /** Attaches a small photo in a request's composer and waits until it is uploaded. */
    static void attachPhoto(Browser phone) throws IOException {
        var photo = Files.createTempFile("zaehler", ".png");
        Files.write(photo, Binary.image("png", 64, 48));
        phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
        Portal.on(phone).visible(By.cssSelector("#attached li[data-attachment] img.thumbnail"));
    }

    /**
     * Leaves the app once its stream keeps a cursor, as a person closes it: opened again, the stream replays what came
     * meanwhile.
     */
    static void leaveWithTheCursorKept(Browser phone) {
        Portal.on(phone)
                .until(page -> phone.driver().executeScript("return localStorage.getItem('anliegen.cursor');") != null);
        phone.driver().get("about:blank");
    }

    /** Submits the form twice at once, as a double tap does before the first submit could disable anything. */
    static void submitTwice(Browser phone, String form) {
        phone.driver()
                .executeScript(
                        "const form = document.getElementById(arguments[0]); form.requestSubmit(); form.requestSubmit();",
                        form);
    }

    /** Fills in and sends a new request to the first connected company, from the list of requests. */
    static void ask(Browser phone, String subject, String text) {
        var app = Portal.on(phone);
        app.clickable(By.id("newConversation")).click();
        app.visible(By.cssSelector("#company option"));
        phone.driver().findElement(By.id("subject")).sendKeys(subject);
        phone.driver().findElement(By.id("text")).sendKeys(text);
        phone.driver().findElement(By.id("sendRequest")).click();
    }
}
