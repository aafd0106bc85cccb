package de.anliegen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.Accessibility;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.FacebookGraphServer;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Facebook sign-in in the app by redirect, with no Facebook script on our pages: the app sends the person to the login
 * dialog (imitated on loopback by {@link FacebookGraphServer}) and takes the token from the address it comes back to.
 */
class AppFacebookIT extends AgainstTheProduct {

    private static final String DIALOG = "http://127.0.0.1:" + FacebookGraphServer.PORT + "/v21.0/dialog/oauth";

    private static FacebookGraphServer facebook;

    @BeforeAll
    static void startFacebook() {
        facebook = FacebookGraphServer.start();
    }

    @AfterAll
    static void stopFacebook() {
        facebook.close();
    }

    @Test
    void a_person_registers_with_facebook_signs_in_again_and_deletes_the_account_with_facebook() {
        var userId = "fb-" + UUID.randomUUID();
        var email = userId + "@facebook.example.org";
        facebook.signInAtDialog(userId, "Fabian", "Facebook", email);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            app.showsText(By.id("facebook"), "kein Facebook-Skript");
            phone.screenshot("app-welcome-facebook", By.id("facebook"));
            app.clickable(By.id("facebookSignIn")).click();

            app.visible(By.id("continue"));
            var asked = facebook.lastDialog();
            assertEquals(FacebookGraphServer.APP_ID, asked.get("client_id"));
            assertEquals("https://localhost:8443/app/", asked.get("redirect_uri"));
            assertEquals("token", asked.get("response_type"));
            assertEquals("public_profile,email", asked.get("scope"));
            assertEquals("rerequest", asked.get("auth_type"), "asks again for an e-mail address declined before");
            assertEquals(36, asked.get("state").length(), "a fresh random state");
            phone.driver().findElement(By.id("continue")).click();

            app.visible(By.id("conversationList"));
            app.showsText(By.id("notice"), "Ihr Konto ist angelegt");
            assertFalse(phone.driver().getCurrentUrl().contains("access_token"), "the token leaves the address");
            assertNull(phone.driver().executeScript("return sessionStorage.getItem('anliegen.facebook');"));
            var token = TheApp.accessTokenIn(phone);
            var me = Api.get("/api/v1/me", token).json();
            assertEquals("Fabian", me.getString("firstName"));
            assertEquals(email, me.getString("email"));
            assertTrue(me.getBoolean("facebookLinked"));

            app.clickable(By.id("toAccount")).click();
            app.showsText(By.id("facebookLink"), "verknüpft");
            app.showsText(By.id("profile"), "Mobilfunknummer hinzufügen");
            assertEquals(List.of(), Accessibility.graveProblems(phone));
            app.clickable(By.id("signOut")).click();

            app.clickable(By.id("facebookSignIn")).click();
            app.clickable(By.id("continue")).click();
            app.visible(By.id("conversationList"));
            assertEquals(
                    me.getInt("id"),
                    Api.get("/api/v1/me", TheApp.accessTokenIn(phone)).json().getInt("id"),
                    "the same account again");

            app.clickable(By.id("toAccount")).click();
            app.clickable(By.id("startDeletion")).click();
            assertTrue(phone.driver().findElements(By.id("deletionPassword")).isEmpty(), "no password to ask for");
            assertTrue(phone.driver().findElements(By.id("sendDeletionCode")).isEmpty(), "no number to send a code");
            app.clickable(By.id("deleteWithFacebook")).click();
            app.visible(By.id("continue"));
            assertEquals("reauthenticate", facebook.lastDialog().get("auth_type"), "Facebook asks for the password");
            phone.driver().findElement(By.id("continue")).click();
            app.visible(By.id("register"));
            app.showsText(By.id("notice"), "Ihr Konto und alle Ihre Daten sind gelöscht");
            assertEquals(401, Api.get("/api/v1/me", token).status(), "the account is gone");

            assertEquals(
                    List.of(),
                    Browser.otherOrigins(phone.requestedUrls()).stream()
                            .filter(url -> !url.startsWith(DIALOG + "?"))
                            .toList(),
                    "nothing from Facebook but its dialog, as a page of its own");
            assertEquals(List.of(), phone.consoleErrors());
        }
    }

    @Test
    void a_cancelled_or_forged_return_signs_nobody_in() {
        facebook.signInAtDialog("fb-" + UUID.randomUUID(), "Carla", "Cancel", null);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            app.clickable(By.id("facebookSignIn")).click();
            app.clickable(By.id("cancel")).click();
            app.showsText(By.id("notice"), "abgebrochen");
            app.visible(By.id("register"));
            assertFalse(phone.driver().getCurrentUrl().contains("error"), "the answer leaves the address");

            var forged = "forged-" + UUID.randomUUID();
            facebook.issue(forged, "fb-" + UUID.randomUUID(), "Mallory", "Forged", "mallory@example.org");
            phone.go("/imprint.xhtml"); // another site's link opens the app anew
            phone.go("/app/#access_token=" + forged + "&state=" + UUID.randomUUID());
            app.showsText(By.id("notice"), "nicht diese App begonnen");
            app.visible(By.id("register"));
            assertNull(phone.driver().executeScript("return localStorage.getItem('anliegen.session');"));

            app.clickable(By.id("facebookSignIn")).click();
            app.clickable(By.id("continue")).click();
            app.showsText(By.id("notice"), "keine E-Mail-Adresse genannt");
            assertNull(
                    phone.driver().executeScript("return localStorage.getItem('anliegen.session');"),
                    "without an e-mail address Facebook cannot register anyone");
        }
    }

    @Test
    void a_person_registered_with_facebook_adds_a_mobile_number_before_asking_a_company() {
        var userId = "fb-" + UUID.randomUUID();
        facebook.signInAtDialog(userId, "Nora", "Nummer", userId + "@facebook.example.org");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            app.clickable(By.id("facebookSignIn")).click();
            app.clickable(By.id("continue")).click();
            app.visible(By.id("conversationList"));
            ServiceRequests.connect(TheApp.accessTokenIn(phone), ServiceRequests.STADTWERKE);

            TheApp.ask(phone, "Abschlag", "Bitte den Abschlag senken.");
            app.showsText(By.id("newProblem"), "fügen Sie sie zuerst unter „Konto“ hinzu");

            app.clickable(By.id("toAccount")).click();
            var number = Consumers.newMobileNumber();
            app.visible(By.id("newNumber")).sendKeys(number);
            phone.driver().findElement(By.id("changeNumber")).click();
            app.visible(By.id("numberCode")).sendKeys(Consumers.codeSentTo(number));
            phone.driver().findElement(By.id("changeNumber")).click();
            app.showsText(By.id("who"), number);

            // the emulated phone's tap misses a link the page has to scroll back to: scroll as a person would
            phone.driver().executeScript("window.scrollTo(0, 0);");
            app.clickable(By.id("toConversations")).click();
            TheApp.ask(phone, "Abschlag", "Bitte den Abschlag senken.");
            app.showsText(By.id("messages"), "Bitte den Abschlag senken.");
            assertEquals(
                    List.of(),
                    phone.consoleErrorsExcept(
                            "/api/v1/conversations - Failed to load resource: the server responded with a status of 409"),
                    "only the refusal without a number");
        }
    }

    @Test
    void a_person_registered_by_number_links_and_unlinks_facebook() {
        var consumer = Consumers.signUp("Lina", "Link");
        var userId = "fb-" + UUID.randomUUID();
        facebook.signInAtDialog(userId, "Lina", "Link", userId + "@facebook.example.org");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/account");
            app.clickable(By.id("linkFacebook")).click();
            app.clickable(By.id("continue")).click();
            app.showsText(By.id("notice"), "Facebook ist verknüpft");
            app.showsText(By.id("facebookLink"), "verknüpft");
            assertTrue(Api.get("/api/v1/me", consumer.accessToken()).json().getBoolean("facebookLinked"));

            app.clickable(By.id("unlinkFacebook")).click();
            app.showsText(By.id("profileSaved"), "Facebook ist getrennt");
            assertFalse(Api.get("/api/v1/me", consumer.accessToken()).json().getBoolean("facebookLinked"));
            app.visible(By.id("linkFacebook"));
            assertEquals(List.of(), phone.consoleErrors());
        }
    }
}
