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
 * Facebook sign-in in the app by redirect, with no Facebook script on our pages and no Facebook token in the browser:
 * the app sends the person to the login dialog (imitated on loopback by {@link FacebookGraphServer}) with a state and
 * a PKCE challenge, takes the code from the address it comes back to and hands it, with the verifier, to our server,
 * which exchanges it.
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
            assertEquals(FacebookGraphServer.REDIRECT, asked.get("redirect_uri"));
            assertEquals("code", asked.get("response_type"));
            assertEquals("openid,public_profile,email", asked.get("scope"));
            assertEquals("rerequest", asked.get("auth_type"), "asks again for an e-mail address declined before");
            assertEquals(36, asked.get("state").length(), "a fresh random state");
            assertEquals("S256", asked.get("code_challenge_method"));
            assertEquals(43, asked.get("code_challenge").length(), "the SHA-256 of a fresh verifier");
            phone.driver().findElement(By.id("continue")).click();

            app.visible(By.id("conversationList"));
            app.showsText(By.id("notice"), "Ihr Konto ist angelegt");
            assertFalse(phone.driver().getCurrentUrl().contains("code="), "the code leaves the address");
            assertFalse(phone.driver().getCurrentUrl().contains("state="), "the state too");
            assertEquals(0L, dialogsWaitingIn(phone), "the dialog's verifier is used up");
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

            // Mallory's own code, in a link to the app: it must not sign this browser in to Mallory's account
            var forged = facebook.grant("fb-" + UUID.randomUUID(), "Mallory", "Forged", "mallory@example.org");
            var exchanged = facebook.exchangedTokens().size();
            phone.go("/imprint.xhtml"); // another site's link opens the app anew
            phone.go("/app/?code=" + forged.code() + "&state=" + UUID.randomUUID());
            app.showsText(By.id("notice"), "nicht diese App begonnen");
            app.visible(By.id("register"));
            assertFalse(phone.driver().getCurrentUrl().contains("code="), "the forged code leaves the address");
            assertNull(phone.driver().executeScript("return localStorage.getItem('anliegen.session');"));
            assertEquals(exchanged, facebook.exchangedTokens().size(), "the app does not even hand it on");
            // a token in the fragment, as a dialog opened for a token would send: this app never asks for one
            phone.go("/imprint.xhtml");
            phone.go("/app/#access_token=EAAGforged"
                    + UUID.randomUUID().toString().replace("-", "") + "&state=" + UUID.randomUUID());
            app.showsText(By.id("notice"), "nicht diese App begonnen");
            assertFalse(phone.driver().getCurrentUrl().contains("access_token"), "the token leaves the address");
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
    void the_browser_never_sees_a_facebook_token() {
        var userId = "fb-" + UUID.randomUUID();
        facebook.signInAtDialog(userId, "Tamara", "Tokenlos", userId + "@facebook.example.org");
        var before = facebook.exchangedTokens().size();
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            continueWithFacebook(phone, app);

            var exchanged = facebook.exchangedTokens();
            assertEquals(before + 1, exchanged.size(), "our server exchanged the code for a token");
            var facebookToken = exchanged.get(exchanged.size() - 1);
            var requested = phone.requestedUrls();
            assertTrue(
                    requested.stream().anyMatch(url -> url.startsWith(FacebookGraphServer.REDIRECT + "?code=")),
                    "the dialog sent the browser back with a code: " + requested);
            assertEquals(
                    List.of(),
                    requested.stream()
                            .filter(url -> url.contains("access_token") || url.contains(facebookToken))
                            .toList(),
                    "no address the browser asked for held a Facebook token");
            var kept = (String) phone.driver()
                    .executeScript("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage)"
                            + " + document.documentElement.outerHTML;");
            assertFalse(kept.contains(facebookToken), "neither the page nor the tab's storage holds it");
            assertFalse(kept.contains(FacebookGraphServer.EXCHANGED), "nor any other Facebook token");
            @SuppressWarnings("unchecked")
            var cached = (List<String>) phone.driver().executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            caches.keys()
                                .then(names => Promise.all(names.map(name => caches.open(name).then(c => c.keys()))))
                                .then(lists => done(lists.flat().map(request => request.url)))
                                .catch(() => done([]));""");
            assertEquals(
                    List.of(),
                    cached.stream().filter(url -> url.contains("code=")).toList(),
                    "the service worker kept no address with the code");

            // the address with the code was replaced in the history: back is Facebook's dialog, forward the app
            phone.driver().navigate().back();
            assertTrue(phone.driver().getCurrentUrl().startsWith(DIALOG + "?"), phone.driver()::getCurrentUrl);
            phone.driver().navigate().forward();
            app.visible(By.id("conversationList"));
            assertFalse(phone.driver().getCurrentUrl().contains("code="), phone.driver()::getCurrentUrl);
        }
    }

    @Test
    void a_person_registered_with_facebook_adds_a_mobile_number_before_asking_a_company() {
        var userId = "fb-" + UUID.randomUUID();
        facebook.signInAtDialog(userId, "Nora", "Nummer", userId + "@facebook.example.org");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            continueWithFacebook(phone, app);
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

    /** From the app's welcome page to Facebook's dialog, on as the person signed in there, and back, signed in. */
    private static void continueWithFacebook(Browser phone, Portal app) {
        phone.go("/app/");
        app.clickable(By.id("facebookSignIn")).click();
        app.clickable(By.id("continue")).click();
        app.visible(By.id("conversationList"));
    }

    /** The Facebook dialogs the app opened and has not heard back from, as its database in the browser keeps them. */
    private static long dialogsWaitingIn(Browser phone) {
        return (Long) phone.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const open = indexedDB.open('anliegen');
                open.onerror = () => done(-1);
                open.onsuccess = () => {
                    const count = open.result.transaction('facebook').objectStore('facebook').count();
                    count.onsuccess = () => {
                        open.result.close();
                        done(count.result);
                    };
                };""");
    }
}
