package de.anliegen.app;

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
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The app where a person could get stuck, be left guessing or do something twice by a double tap, as a review found it:
 * each test a mishap and the way out the app now offers.
 */
class AppWayOutBrowserIT extends AgainstTheProduct {

    private static final String REGISTRATION = "anliegen.registration";

    @Test
    void a_sign_up_whose_code_no_longer_works_goes_back_to_its_form_and_a_resend_too_early_says_how_long_to_wait() {
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            phone.go("/app/");
            var number = Consumers.newMobileNumber();
            app.visible(By.id("firstName")).sendKeys("Nina");
            phone.driver().findElement(By.id("lastName")).sendKeys("Neustart");
            phone.driver().findElement(By.id("mobileNumber")).sendKeys(number);
            phone.driver().findElement(By.id("sendCode")).click();
            app.visible(By.id("confirm"));

            // the app's clock thinks a new code may go, the server's does not: it says how long, and the countdown
            // follows the server
            phone.driver()
                    .executeScript(
                            "const kept = JSON.parse(sessionStorage.getItem(arguments[0]));"
                                    + " kept.nextCodeAllowedAt = new Date(Date.now() - 1000).toISOString();"
                                    + " sessionStorage.setItem(arguments[0], JSON.stringify(kept));",
                            REGISTRATION);
            phone.driver().navigate().refresh();
            app.clickable(By.id("resend")).click();
            app.showsText(By.id("codeProblem"), "Sekunden");
            assertFalse(phone.driver().findElement(By.id("resend")).isEnabled(), "the resend waits as the server says");
            app.showsText(By.id("resendWait"), " s");
            phone.screenshot("app-code-wait");

            // the code was used meanwhile (in another tab, say): back to the form, filled in, saying why
            var id = (String) phone.driver()
                    .executeScript("return JSON.parse(sessionStorage.getItem(arguments[0])).id;", REGISTRATION);
            var used = Consumers.verify(id, Consumers.codeSentTo(number));
            assertEquals(201, used.status(), used::toString);
            phone.driver().findElement(By.id("code")).sendKeys(Consumers.codeSentTo(number));
            phone.driver().findElement(By.id("confirmCode")).click();
            app.showsText(By.id("registerProblem"), "Dieser Code wurde schon verwendet.");
            assertEquals("Nina", valueOf(phone, "firstName"));
            assertEquals("Neustart", valueOf(phone, "lastName"));
            assertEquals(number, valueOf(phone, "mobileNumber"));
            assertNull(phone.driver().executeScript("return sessionStorage.getItem(arguments[0]);", REGISTRATION));
            phone.screenshot("app-code-used");
            phone.driver().navigate().refresh();
            app.visible(By.id("register"));

            // a registration the server does not know (any more)
            phone.driver()
                    .executeScript(
                            "sessionStorage.setItem(arguments[0], JSON.stringify({id: 'unbekannt',"
                                    + " mobileNumber: arguments[1], firstName: 'Nina', lastName: 'Neustart',"
                                    + " nextCodeAllowedAt: new Date(Date.now() - 1000).toISOString()}));",
                            REGISTRATION,
                            number);
            phone.driver().navigate().refresh();
            app.clickable(By.id("resend")).click();
            app.showsText(By.id("registerProblem"), "Dieser Code gilt nicht mehr.");
            assertEquals(number, valueOf(phone, "mobileNumber"));
            assertNull(phone.driver().executeScript("return sessionStorage.getItem(arguments[0]);", REGISTRATION));
        }
    }

    @Test
    void a_number_change_says_whose_number_it_is_takes_a_corrected_number_and_a_new_code_after_the_old_is_burnt() {
        var other = Consumers.signUp("Otto", "Vergeben");
        var consumer = Consumers.signUp("Nora", "Nummer");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/account");
            app.showsText(By.id("who"), "Nora Nummer");
            app.visible(By.id("newNumber")).sendKeys(other.mobileNumber());
            phone.driver().findElement(By.id("changeNumber")).click();
            app.showsText(By.id("accountProblem"), "Diese Mobilfunknummer gehört schon zu einem anderen Konto.");

            // a double tap: one code
            var mistyped = Consumers.newMobileNumber();
            phone.driver().findElement(By.id("newNumber")).clear();
            phone.driver().findElement(By.id("newNumber")).sendKeys(mistyped);
            TheApp.submitTwice(phone, "number");
            app.visible(By.id("numberCode"));
            assertEquals(1, Consumers.smsTo(mistyped).size(), "SMS sent to " + mistyped);

            // the number corrected: its own code, not the first one's check
            var number = Consumers.newMobileNumber();
            phone.driver().findElement(By.id("newNumber")).clear();
            phone.driver().findElement(By.id("newNumber")).sendKeys(number);
            app.gone(By.id("numberCode"));
            phone.driver().findElement(By.id("changeNumber")).click();
            app.until(page -> Consumers.smsTo(number).size() == 1);
            app.clickable(By.id("newNumberCode")).click();
            app.until(page -> Consumers.smsTo(number).size() == 2);

            // wrong codes until the code is burnt: the code's field goes, the number stays for a new code
            for (var attempt = 1; attempt <= 5; attempt++) {
                var code = app.visible(By.id("numberCode"));
                code.clear();
                code.sendKeys("000000");
                phone.driver().findElement(By.id("changeNumber")).click();
                app.showsText(
                        By.id("accountProblem"), attempt < 5 ? "Der Code stimmt nicht." : "Zu viele falsche Codes.");
            }
            app.gone(By.id("numberCode"));
            app.gone(By.id("newNumberCode"));
            assertEquals(number, valueOf(phone, "newNumber"));
            phone.screenshot("app-number-burnt", By.id("number"));
            phone.driver().findElement(By.id("changeNumber")).click();
            app.until(page -> Consumers.smsTo(number).size() == 3);
            app.visible(By.id("numberCode")).sendKeys(Consumers.codeSentTo(number));
            phone.driver().findElement(By.id("changeNumber")).click();
            app.showsText(By.id("profileSaved"), "neue Mobilfunknummer gilt");
            assertEquals(
                    number, Api.get("/api/v1/me", consumer.accessToken()).json().getString("mobileNumber"));
        }
    }

    @Test
    void an_upload_answered_with_a_proxys_error_page_says_so_and_the_message_still_goes() throws IOException {
        var consumer = Consumers.signUp("Uwe", "Upload");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Foto");
        try (var phone = Browser.openPhone()) {
            // a proxy in front of the server answers every upload with its own HTML page
            phone.beforeEveryPage("XMLHttpRequest.prototype.send = function () {"
                    + " Object.defineProperty(this, 'status', {value: 502});"
                    + " Object.defineProperty(this, 'responseText', {value: '<html><body>Bad Gateway</body></html>'});"
                    + " setTimeout(() => this.dispatchEvent(new ProgressEvent('load')), 100);"
                    + "};");
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            var photo = Files.createTempFile("zaehler", ".png");
            Files.write(photo, Binary.image("png", 64, 48));
            phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
            app.showsText(By.id("sendProblem"), "Bei uns ist etwas schiefgegangen.");
            app.gone(By.cssSelector("#attached li"));

            app.visible(By.id("messageText")).sendKeys("Dann ohne Foto");
            phone.driver().findElement(By.id("send")).click();
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Dann ohne Foto");
        }
    }

    @Test
    void signing_out_works_when_the_service_worker_could_not_be_installed() {
        var consumer = Consumers.signUp("Selma", "Ohneworker");
        try (var phone = Browser.openPhone()) {
            phone.beforeEveryPage("if (navigator.serviceWorker) {"
                    + " navigator.serviceWorker.register = () =>"
                    + "  Promise.reject(new TypeError('The service worker could not be installed.'));"
                    + "}");
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/account");
            app.showsText(By.id("who"), "Selma Ohneworker");
            app.clickable(By.id("signOut")).click();
            app.visible(By.id("register"));
            assertNull(phone.driver().executeScript("return localStorage.getItem('anliegen.session');"));
            assertEquals(401, Api.get("/api/v1/me", consumer.accessToken()).status(), "the sign-in is over");
        }
    }

    @Test
    void a_subject_of_one_long_word_does_not_widen_the_page_on_a_phone() {
        var consumer = Consumers.signUp("Wanda", "Weit");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var subject = "Zählerstandsablesung".repeat(4);
        assertEquals(80, subject.length());
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, subject);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations");
            app.showsText(By.id("conversationList"), "Zählerstandsablesung");
            phone.assertFitsTheScreen("the list of requests");
            phone.screenshot("app-long-subject-list");
            phone.go("/app/#/conversations/" + conversation);
            app.showsText(By.id("subject"), "Zählerstandsablesung");
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            phone.assertFitsTheScreen("the request");
            phone.screenshot("app-long-subject-request");
        }
    }

    @Test
    void a_double_tap_on_connect_or_disconnect_sends_one_request() {
        var consumer = Consumers.signUp("Doris", "Doppel");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/companies");
            var toggle = By.cssSelector("button[data-company='" + ServiceRequests.STADTWERKE + "']");
            app.showsText(toggle, "Verbinden");
            phone.requestedUrls();
            doubleTap(phone, toggle);
            app.showsText(toggle, "Trennen");
            assertEquals(1, companyCalls(phone, "POST"), "one connection asked for");
            doubleTap(phone, toggle);
            app.showsText(toggle, "Verbinden");
            assertEquals(1, companyCalls(phone, "DELETE"), "one disconnection asked for");
            assertEquals(
                    "", phone.driver().findElement(By.id("companiesProblem")).getText());
        }
    }

    private static void doubleTap(Browser phone, By button) {
        phone.driver()
                .executeScript(
                        "arguments[0].click(); arguments[0].click();",
                        phone.driver().findElement(button));
    }

    private static long companyCalls(Browser phone, String method) {
        return phone.requestedUrls(method).stream()
                .filter(url -> url.contains("/api/v1/me/companies/"))
                .count();
    }

    @Test
    void a_double_tap_on_send_sends_once_and_says_nothing_about_an_empty_message() {
        var consumer = Consumers.signUp("Tom", "Tipp");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Doppelt");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + conversation);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            app.visible(By.id("messageText")).sendKeys("Einmal genügt");
            TheApp.submitTwice(phone, "sendMessage");
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Einmal genügt");
            assertEquals("", phone.driver().findElement(By.id("sendProblem")).getText());
            var stored = ServiceRequests.messages(consumer.accessToken(), conversation, 1, 10)
                    .json()
                    .getJsonArray("messages");
            assertEquals(1, stored.size(), stored::toString);
        }
    }

    @Test
    void a_new_request_refuses_an_eleventh_file_before_anything_is_sent() throws IOException {
        var consumer = Consumers.signUp("Elf", "Dateien");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/new");
            app.visible(By.cssSelector("#company option"));
            for (var file = 1; file <= 11; file++) {
                var photo = Files.createTempFile("seite-" + file + "-", ".png");
                Files.write(photo, Binary.image("png", 64, 48));
                phone.driver().findElement(By.id("attachment")).sendKeys(photo.toString());
                var listed = Math.min(file, 10);
                app.until(page ->
                        page.findElements(By.cssSelector("#attached li")).size() == listed);
            }
            app.showsText(By.id("newProblem"), "Eine neue Anfrage nimmt höchstens 10 Dateien mit.");
            assertEquals(
                    10,
                    phone.driver().findElements(By.cssSelector("#attached li")).size());
            assertEquals(
                    0,
                    Api.get("/api/v1/conversations?limit=10", consumer.accessToken())
                            .json()
                            .getJsonArray("conversations")
                            .size(),
                    "nothing was sent");
        }
    }

    @Test
    void a_burst_of_live_events_reloads_the_list_a_few_times_not_once_for_each() {
        var consumer = Consumers.signUp("Lisa", "Liste");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Viele Antworten");
        var agent = ServiceRequests.stadtwerkeAgent();
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations");
            app.showsText(By.id("conversationList"), "Viele Antworten");
            TheApp.leaveWithTheCursorKept(phone);
            for (var i = 1; i <= 12; i++) {
                ServiceRequests.send(agent.accessToken(), conversation, "Antwort " + i);
            }

            // opened again: the stream replays the twelve answers at once
            phone.requestedUrls();
            phone.go("/app/#/conversations");
            app.showsText(By.cssSelector("#conversationList .badge"), "12 ungelesen");
            phone.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 1500);");
            var loads = phone.requestedUrls("GET").stream()
                    .filter(url -> url.contains("/api/v1/conversations?limit="))
                    .count();
            assertTrue(loads <= 3, loads + " loads of the list");
            app.showsText(By.cssSelector("#conversationList .badge"), "12 ungelesen");
        }
    }

    @Test
    void a_company_that_stops_taking_requests_stays_listed_to_disconnect_and_is_not_offered_for_a_new_request() {
        var handle = "eisdiele-" + ServiceRequests.newId().substring(0, 8);
        var consumer = Consumers.signUp("Susi", "Sperre");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        try (var browser = Browser.open();
                var phone = Browser.openPhone()) {
            var platform = Portal.onboard(browser, "Eisdiele Sperre", handle, "Emil Eis", Portal.newEmail("emil"));
            ServiceRequests.connect(consumer.accessToken(), handle);
            platform.suspendOrResume(handle, "suspend");

            // no search finds it, but the person is still connected with it: listed, saying so, to disconnect
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/companies");
            var toggle = By.cssSelector("button[data-company='" + handle + "']");
            app.showsText(toggle, "Trennen");
            var listed = phone.driver().findElement(By.xpath("//li[.//button[@data-company='" + handle + "']]"));
            assertTrue(listed.getText().contains("Nimmt gerade keine Anfragen an."), listed::getText);
            phone.screenshot("app-company-paused", By.id("companyList"));
            // a search for another company leaves it out, as it leaves out the companies it does not find
            app.visible(By.id("q")).sendKeys("Bäckerei", Keys.ENTER);
            app.until(page -> !page.findElement(By.id("companyList")).getText().contains("Stadtwerke"));
            var found = phone.driver().findElement(By.id("companyList")).getText();
            assertTrue(found.contains("Bäckerei Sommer") && !found.contains("Eisdiele"), found);
            app.clickable(By.id("toConversations")).click();

            // a new request offers it only as not taking requests, and goes to one that does
            app.clickable(By.id("newConversation")).click();
            var options = By.cssSelector("#company option");
            app.until(page -> page.findElements(options).size() == 2);
            var paused = phone.driver().findElement(By.cssSelector("#company option[value='" + handle + "']"));
            assertFalse(paused.isEnabled(), "not to be chosen");
            assertEquals("Eisdiele Sperre (nimmt gerade keine Anfragen an)", paused.getText());
            var chosen = phone.driver().findElement(By.id("company")).getDomProperty("value");
            assertEquals(ServiceRequests.STADTWERKE, chosen);
            assertEquals("", phone.driver().findElement(By.id("newProblem")).getText());

            phone.go("/app/#/companies");
            app.clickable(toggle).click();
            app.gone(toggle);
            assertEquals(
                    1,
                    Api.get("/api/v1/me/companies", consumer.accessToken())
                            .jsonArray()
                            .size(),
                    "disconnected from the one, still connected with the other");
        }
    }

    @Test
    void a_person_who_disconnected_reads_their_request_and_is_told_to_connect_again_to_write() {
        var consumer = Consumers.signUp("Dora", "Distanz");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var request = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Abschlag");
        try (var phone = Browser.openPhone()) {
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/conversations/" + request);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            app.visible(By.id("messageText")).sendKeys("Noch verbunden?");
            // disconnected elsewhere (another device): the open page learns it at once and says why
            assertEquals(
                    204,
                    Api.delete("/api/v1/me/companies/" + ServiceRequests.STADTWERKE, consumer.accessToken())
                            .status());
            var why = "Sie sind nicht mehr mit Stadtwerke Musterstadt verbunden";
            app.showsText(By.id("paused"), why);
            assertFalse(phone.driver().findElement(By.id("send")).isEnabled(), "nothing to be refused is sent");

            // opened again: it says so at once, the request stays readable, and nothing can be written or attached
            phone.driver().navigate().refresh();
            app.showsText(By.id("paused"), why);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            for (var control : List.of("messageText", "attachment", "send")) {
                assertFalse(phone.driver().findElement(By.id(control)).isEnabled(), control + " is disabled");
            }
            assertEquals("Noch verbunden?", valueOf(phone, "messageText"), "the words wait");
            phone.screenshot("app-request-disconnected", By.id("sendMessage"));

            // connected again on another device: the page finds out by itself, and the words go
            ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
            app.until(driver -> driver.findElement(By.id("send")).isEnabled());
            assertTrue(phone.driver().findElement(By.id("paused")).getText().isEmpty());
            app.clickable(By.id("send")).click();
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Noch verbunden?");
        }
    }

    @Test
    void a_company_that_stops_taking_requests_says_so_on_its_page_and_in_its_request_instead_of_refusing_later() {
        var handle = "eisdiele-" + ServiceRequests.newId().substring(0, 8);
        var guest = Consumers.signUp("Gero", "Gast");
        var stranger = Consumers.signUp("Fred", "Fremd");
        try (var browser = Browser.open();
                var phone = Browser.openPhone();
                var other = Browser.openPhone()) {
            var platform = Portal.onboard(browser, "Eisdiele Pause", handle, "Emil Eis", Portal.newEmail("emil"));
            ServiceRequests.connect(guest.accessToken(), handle);
            var request = ServiceRequests.open(guest.accessToken(), handle, "Eisbecher");
            var app = Portal.on(phone);
            TheApp.openAs(phone, guest, "#/conversations/" + request);
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            platform.suspendOrResume(handle, "suspend");

            // written before the app could know: refused, the words back in the field, and the composer says why
            app.visible(By.id("messageText")).sendKeys("Noch da?");
            phone.driver().findElement(By.id("send")).click();
            app.showsText(By.id("sendProblem"), "Dieses Unternehmen nimmt gerade keine Anfragen an.");
            app.showsText(By.id("paused"), "Eisdiele Pause nimmt gerade keine Anfragen an");
            // opened again: it says so at once, the request stays readable, and nothing can be written or attached
            phone.driver().navigate().refresh();
            app.showsText(By.id("paused"), "Eisdiele Pause nimmt gerade keine Anfragen an");
            app.visible(By.cssSelector("#messages li[data-seq='1']"));
            for (var control : List.of("messageText", "attachment", "send")) {
                assertFalse(phone.driver().findElement(By.id(control)).isEnabled(), control + " is disabled");
            }
            assertEquals("Noch da?", valueOf(phone, "messageText"), "the words wait for the company");
            phone.screenshot("app-request-paused", By.id("sendMessage"));
            // the list says so before the request is opened
            phone.go("/app/#/conversations");
            var row = By.cssSelector("#conversationList a[href='#/conversations/" + request + "'] .company");
            app.showsText(row, "Eisdiele Pause (nimmt gerade keine Anfragen an)");
            phone.screenshot("app-requests-paused", By.id("conversationList"));
            phone.go("/app/#/conversations/" + request);

            // someone not connected: its page says so instead of offering to connect
            var page = Portal.on(other);
            TheApp.openAs(other, stranger, "#/companies/" + handle);
            page.showsText(By.id("companyProfile"), "Nimmt gerade keine Anfragen an.");
            var toggle = By.cssSelector("button[data-company='" + handle + "']");
            assertTrue(other.driver().findElements(toggle).isEmpty(), "no Verbinden that would be refused");
            other.screenshot("app-company-paused-page", By.id("companyProfile"));

            platform.suspendOrResume(handle, "resume");
            other.driver().navigate().refresh();
            page.showsText(toggle, "Verbinden");
            var profile = other.driver().findElement(By.id("companyProfile")).getText();
            assertFalse(profile.contains("keine Anfragen"), profile);
            // the request open on the phone finds out by itself (a resumption sends it no event)
            app.clickable(By.id("send")).click();
            app.showsText(By.cssSelector("#messages li[data-seq='2'] .text"), "Noch da?");
            assertTrue(phone.driver().findElement(By.id("paused")).getText().isEmpty());
            phone.go("/app/#/conversations");
            app.until(driver -> driver.findElement(row).getText().equals("Eisdiele Pause"));
        }
    }

    @Test
    void consents_whose_wording_changed_meanwhile_are_shown_anew_with_the_choices_kept_and_then_saved() {
        var consumer = Consumers.signUp("Wera", "Wortlaut");
        try (var phone = Browser.openPhone()) {
            // the wording of "marketing" changes on the server while the account is open: until the first save, the
            // page has the one before
            phone.beforeEveryPage("""
                    const realFetch = window.fetch;
                    let changed = false;
                    window.fetch = async (url, options = {}) => {
                        const consents = String(url).endsWith('/v1/me/consents');
                        changed ||= consents && options.method === 'PUT';
                        const answer = await realFetch(url, options);
                        if (changed || !consents || options.method !== 'GET') {
                            return answer;
                        }
                        const before = await answer.json();
                        const marketing = before.find(consent => consent.purpose === 'marketing');
                        marketing.currentVersion = '2026-01-01';
                        marketing.wording = {de: 'Anliegen darf mir Briefe schicken.', en: 'Anliegen may send me letters.'};
                        return new Response(JSON.stringify(before), {status: 200,
                            headers: {'Content-Type': 'application/json'}});
                    };""");
            var app = Portal.on(phone);
            TheApp.openAs(phone, consumer, "#/account");
            var marketing = By.cssSelector("label[for='consent-marketing']");
            app.showsText(marketing, "Anliegen darf mir Briefe schicken.");
            app.clickable(By.id("consent-marketing")).click();
            app.clickable(By.id("consent-product-analytics")).click();
            phone.driver().findElement(By.id("saveConsents")).click();

            app.showsText(By.id("accountProblem"), "Der Text einer Einwilligung hat sich gerade geändert.");
            app.showsText(marketing, "Anliegen darf mich per E-Mail über neue Funktionen und Angebote informieren.");
            for (var kept : List.of("consent-marketing", "consent-product-analytics")) {
                assertTrue(phone.driver().findElement(By.id(kept)).isSelected(), kept + ": the choice is kept");
            }
            phone.screenshot("app-consents-wording-changed", By.id("consents"));

            phone.driver().findElement(By.id("saveConsents")).click();
            app.showsText(By.id("consentsSaved"), "Gespeichert");
            assertEquals("", phone.driver().findElement(By.id("accountProblem")).getText());
            var consents = Api.get("/api/v1/me/consents", consumer.accessToken())
                    .jsonArray()
                    .getValuesAs(JsonObject.class);
            assertEquals(
                    List.of("marketing", "product-analytics"),
                    consents.stream()
                            .filter(consent -> consent.getBoolean("granted"))
                            .filter(consent -> consent.getString("version").equals(consent.getString("currentVersion")))
                            .map(consent -> consent.getString("purpose"))
                            .sorted()
                            .toList(),
                    consents::toString);
        }
    }

    private static String valueOf(Browser phone, String id) {
        return phone.driver().findElement(By.id(id)).getDomProperty("value");
    }
}
