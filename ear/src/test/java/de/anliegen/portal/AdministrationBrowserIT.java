package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.platform.time.Clocks;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Browser;
import de.anliegen.support.Consumers;
import de.anliegen.support.Mails;
import de.anliegen.support.Portal;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Company and platform administration in the browser: a platform admin onboards a company, its first admin and the
 * agents they invite sign in from the e-mailed links, admins deactivate and suspend, and the figures count.
 */
class AdministrationBrowserIT extends AgainstTheProduct {

    private static final String PASSWORD = "Ein-langes-Passwort-2026";

    @Test
    void a_platform_admin_onboards_a_company_whose_admin_invites_an_agent_who_answers_a_request() {
        var handle = "wasserwerk-" + ServiceRequests.newId().substring(0, 8);
        var adminEmail = Portal.newEmail("wanda");
        var agentEmail = Portal.newEmail("olaf");
        try (var browser = Browser.open()) {
            var platform = Portal.signIn(browser, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD)
                    .go("/portal/platform/index.xhtml");
            var companiesBefore = Long.parseLong(platform.text(By.id("companyCount")));
            platform.visible(By.id("companies:name")).sendKeys("Wasserwerk Beispielstadt");
            browser.driver().findElement(By.id("companies:handle")).sendKeys(handle);
            browser.driver().findElement(By.id("companies:description")).sendKeys("Trinkwasser für Beispielstadt");
            browser.driver().findElement(By.id("companies:adminName")).sendKeys("Wanda Wasser");
            browser.driver().findElement(By.id("companies:adminEmail")).sendKeys(adminEmail);
            platform.clickable(By.id("companies:onboard")).click();
            platform.showsText(By.id("companies:messages"), "Wasserwerk Beispielstadt ist aufgenommen");
            platform.showsText(By.id("companyCount"), String.valueOf(companiesBefore + 1));
            browser.screenshot("portal-platform-companies");
            assertEquals(1, search(handle).size(), "the app lists the new company");
        }
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, adminEmail, PASSWORD);
            var admin = Portal.signIn(browser, adminEmail, PASSWORD).go("/portal/company/team.xhtml");
            admin.visible(By.id("team:email")).sendKeys(agentEmail);
            browser.driver().findElement(By.id("team:name")).sendKeys("Olaf Agent");
            admin.clickable(By.cssSelector("[id='team:roles'] .ui-chkbox-box")).click();
            admin.clickable(By.id("team:invite")).click();
            admin.showsText(By.id("team:messages"), "Die Einladung an " + agentEmail + " ist unterwegs.");
            admin.showsText(By.id("team:members"), "Eingeladen");
            browser.screenshot("portal-company-team");

            // the invitation went astray: invited again, by the form or the button, with a fresh link each time
            admin.visible(By.id("team:email")).sendKeys(agentEmail);
            browser.driver().findElement(By.id("team:name")).sendKeys("Olaf Agent");
            admin.clickable(By.cssSelector("[id='team:roles'] .ui-chkbox-box")).click();
            admin.clickable(By.id("team:invite")).click();
            admin.showsText(By.id("team:messages"), "Die Einladung an " + agentEmail + " ist unterwegs.");
            admin.click(By.xpath("//tr[td[text()='" + agentEmail + "']]//button[contains(@id, 'reinvite')]"));
            admin.showsText(By.id("team:messages"), "Die Einladung an " + agentEmail + " ist erneut unterwegs.");
        }
        var consumer = Consumers.signUp("Paul", "Wasser");
        ServiceRequests.connect(consumer.accessToken(), handle);
        var id = ServiceRequests.open(consumer.accessToken(), handle, "Rohrbruch");
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, agentEmail, PASSWORD);
            var agent = Portal.signIn(browser, agentEmail, PASSWORD).go("/portal/inbox/index.xhtml");
            agent.clickable(By.linkText("Rohrbruch")).click();
            agent.visible(By.id("reply:text")).sendKeys("Wir kommen sofort.");
            agent.clickable(By.id("reply:send")).click();
            agent.showsText(By.id("thread:entries"), "Wir kommen sofort.");
        }
        var messages = ServiceRequests.messages(consumer.accessToken(), id, 0, 10)
                .json()
                .getJsonArray("messages");
        assertEquals("Olaf Agent", messages.getJsonObject(1).getString("agentName"));
    }

    @Test
    void a_company_admin_has_the_assigned_agent_mailed_while_no_one_is_in_after_minutes_they_choose() {
        try (var browser = Browser.open()) {
            var admin =
                    Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD).go("/portal/company/team.xhtml");
            var on = By.cssSelector("[id='away:on'] .ui-chkbox-box");
            var minutes = By.id("away:minutes");
            assertEquals("30", admin.visible(minutes).getDomProperty("value"), "a suggestion, not yet on");
            assertEquals(
                    "false",
                    browser.driver().findElement(By.id("away:on_input")).getDomProperty("checked"));

            admin.clickable(on).click();
            admin.visible(minutes).clear();
            admin.visible(minutes).sendKeys("3");
            admin.clickable(By.id("away:save")).click();
            admin.showsText(By.id("away:messages"), "Bitte geben Sie 5 bis 1440 Minuten an.");
            admin.visible(minutes).clear();
            // the same message again: the form is drawn anew before it counts
            var shown = browser.driver().findElement(By.id("away:messages"));
            admin.clickable(By.id("away:save")).click();
            admin.until(ExpectedConditions.stalenessOf(shown));
            admin.showsText(By.id("away:messages"), "Bitte geben Sie 5 bis 1440 Minuten an.");
            admin.visible(minutes).sendKeys("20");
            admin.clickable(By.id("away:save")).click();
            admin.showsText(By.id("away:messages"), "Die Einstellung ist gespeichert.");
            browser.screenshot("portal-company-away-mail");

            admin.go("/portal/company/team.xhtml");
            assertEquals("20", admin.visible(minutes).getDomProperty("value"));
            assertEquals(
                    "true", browser.driver().findElement(By.id("away:on_input")).getDomProperty("checked"));
            admin.clickable(on).click();
            admin.clickable(By.id("away:save")).click();
            admin.showsText(By.id("away:messages"), "Die Einstellung ist gespeichert.");
            admin.go("/portal/company/team.xhtml");
            assertEquals(
                    "false",
                    browser.driver().findElement(By.id("away:on_input")).getDomProperty("checked"));
        }
    }

    @Test
    void a_logo_larger_than_a_picture_may_be_is_refused_with_the_largest_size_named() throws IOException {
        var wide = Files.createTempFile("logo", ".png");
        Files.write(wide, Binary.image("png", 5000, 10));
        try (var browser = Browser.open()) {
            var admin =
                    Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD).go("/portal/company/profile.xhtml");
            browser.driver().findElement(By.id("logo:upload_input")).sendKeys(wide.toString());
            admin.showsText(By.id("profile:messages"), "höchstens 4096 Pixeln Breite und Höhe");
            browser.screenshot("portal-company-logo-too-large");
        }
    }

    @Test
    void a_required_field_left_blank_is_named_at_the_field() {
        try (var browser = Browser.open()) {
            var platform = Portal.signIn(browser, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD)
                    .go("/portal/platform/index.xhtml");
            platform.visible(By.id("companies:handle"))
                    .sendKeys("namenlos-" + ServiceRequests.newId().substring(0, 8));
            browser.driver().findElement(By.id("companies:adminName")).sendKeys("Nina Namenlos");
            browser.driver().findElement(By.id("companies:adminEmail")).sendKeys(Portal.newEmail("nina"));
            platform.clickable(By.id("companies:onboard")).click();
            platform.showsText(messageAt("companies:name"), "Bitte geben Sie den Namen des Unternehmens an.");
            browser.screenshot("portal-platform-company-unnamed");
        }
        try (var browser = Browser.open()) {
            var admin =
                    Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD).go("/portal/company/team.xhtml");
            admin.visible(By.id("team:email")).sendKeys(Portal.newEmail("namenlos"));
            admin.clickable(By.cssSelector("[id='team:roles'] .ui-chkbox-box")).click();
            admin.clickable(By.id("team:invite")).click();
            admin.showsText(messageAt("team:name"), "Bitte geben Sie den Namen der Person an");

            admin.go("/portal/company/canned.xhtml");
            admin.visible(By.id("canned:text")).sendKeys("Guten Tag {firstName},");
            admin.clickable(By.id("canned:save")).click();
            admin.showsText(messageAt("canned:title"), "Bitte geben Sie der Textvorlage einen Titel.");
            browser.screenshot("portal-canned-untitled");
        }
    }

    /** The message the form shows at the input with this id. */
    private static By messageAt(String input) {
        return By.xpath("//*[@id='" + input + "']/following-sibling::*[contains(@class, 'ui-message')]");
    }

    @Test
    void a_deactivated_agent_is_signed_out_at_once_and_cannot_sign_in_again() {
        var agentEmail = Portal.newEmail("dieter");
        try (var adminBrowser = Browser.open();
                var agentBrowser = Browser.open()) {
            var admin = Portal.signIn(adminBrowser, Portal.ADMIN, Portal.ADMIN_PASSWORD)
                    .go("/portal/company/team.xhtml");
            admin.invite(agentEmail, "Dieter Deaktiviert");
            Portal.choosePasswordFromMail(agentBrowser, agentEmail, PASSWORD);
            var agent = Portal.signIn(agentBrowser, agentEmail, PASSWORD).go("/portal/inbox/index.xhtml");
            agent.visible(By.id("inbox:conversations"));

            admin.go("/portal/company/team.xhtml");
            assertFalse(
                    admin.visible(By.id("team:members")).getText().contains(Portal.OTHER_AGENT),
                    "a company admin sees only their own company's staff");
            var row = admin.visible(By.xpath("//tr[td[text()='" + agentEmail + "']]"));
            // a password reset ends every sign-in of the colleague: asked first, "no" leaves it as it is
            row.findElement(By.cssSelector("button[id$='reset']")).click();
            admin.showsText(By.cssSelector(".ui-confirm-dialog"), "Passwort von Dieter Deaktiviert zurücksetzen?");
            admin.confirm(false);
            agent.go("/portal/inbox/index.xhtml");
            agent.visible(By.id("inbox:conversations"));
            row = admin.visible(By.xpath("//tr[td[text()='" + agentEmail + "']]"));
            row.findElement(By.cssSelector("button[id$='deactivate']")).click();
            // asked first: "no" leaves the account as it is
            admin.showsText(By.cssSelector(".ui-confirm-dialog"), "Dieter Deaktiviert deaktivieren?");
            admin.confirm(false);
            agent.go("/portal/inbox/index.xhtml");
            agent.visible(By.id("inbox:conversations"));
            row = admin.visible(By.xpath("//tr[td[text()='" + agentEmail + "']]"));
            row.findElement(By.cssSelector("button[id$='deactivate']")).click();
            admin.confirm(true);
            admin.showsText(By.id("team:messages"), agentEmail + " kann sich nicht mehr anmelden.");

            // the agent's inbox, left alone, loses its session and its live channel at once and shows the sign-in
            agent.visible(By.id("login:email"));
            Portal.fillSignIn(agentBrowser, agentEmail, PASSWORD);
            agent.showsText(By.id("login:messages"), "E-Mail-Adresse oder Passwort stimmen nicht.");
        }
    }

    @Test
    void a_colleague_invited_while_the_inbox_is_open_is_named_on_the_requests_they_take() {
        var token = ServiceRequests.newId().substring(0, 8);
        var consumer = Consumers.signUp("Nora", "Neuanfang");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var request = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Zähler " + token);
        var agentEmail = Portal.newEmail("nele");
        try (var agentBrowser = Browser.open();
                var adminBrowser = Browser.open();
                var newcomerBrowser = Browser.open()) {
            // the inbox is opened before the colleague exists, and stays open
            var inbox = Portal.signIn(agentBrowser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml?queue=all&search=" + token);
            inbox.showsText(By.id("inbox:conversations"), "Zähler " + token);

            Portal.signIn(adminBrowser, Portal.ADMIN, Portal.ADMIN_PASSWORD)
                    .go("/portal/company/team.xhtml")
                    .invite(agentEmail, "Nele Neuzugang");
            Portal.choosePasswordFromMail(newcomerBrowser, agentEmail, PASSWORD);
            var newcomer = ServiceRequests.signInAgent(agentEmail, PASSWORD);
            var taken = Api.sendJson(
                    "PUT",
                    "/api/v1/conversations/" + request + "/assignee",
                    "{\"agentId\":" + newcomer.id() + "}",
                    newcomer.accessToken());
            assertEquals(200, taken.status(), taken::toString);

            inbox.showsText(By.id("inbox:conversations"), "Nele Neuzugang");
            assertFalse(
                    agentBrowser
                            .driver()
                            .findElement(By.id("inbox:conversations"))
                            .getText()
                            .contains("nicht mehr aktiv"),
                    "a newcomer is not taken for someone who left");
            agentBrowser.screenshot("portal-inbox-newcomer-named");
        }
    }

    @Test
    void a_forgotten_password_is_chosen_anew_from_the_mail_and_repeated_failures_lock_the_sign_in() {
        var email = Portal.newEmail("vergesslich");
        try (var browser = Browser.open()) {
            Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD)
                    .go("/portal/company/team.xhtml")
                    .invite(email, "Vera Vergesslich");
        }
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, email, PASSWORD);
            var portal = Portal.on(browser);
            browser.go("/portal/login.xhtml");
            portal.clickable(By.id("forgot")).click();
            portal.visible(By.id("forgot:email")).sendKeys(email);
            var mail = Mails.nextTo(email, () -> {
                portal.clickable(By.id("forgot:send")).click();
                portal.showsText(By.id("forgot:messages"), "Wenn es ein Konto mit dieser Adresse gibt");
            });
            Portal.choosePasswordFromMail(browser, mail, "Ganz-neues-Passwort-2026");
            Portal.signIn(browser, email, "Ganz-neues-Passwort-2026");

            for (var attempt = 0; attempt < 5; attempt++) {
                browser.go("/portal/login.xhtml");
                Portal.fillSignIn(browser, email, "falsch-" + attempt);
                portal.visible(By.cssSelector("[id='login:messages'] .ui-messages-error"));
            }
            browser.go("/portal/login.xhtml");
            Portal.fillSignIn(browser, email, "Ganz-neues-Passwort-2026");
            portal.showsText(By.id("login:messages"), "Zu viele fehlgeschlagene Anmeldungen");
        }
    }

    @Test
    void a_company_admin_keeps_canned_responses_and_sees_the_figures_of_a_period_with_a_chart_and_as_csv()
            throws IOException {
        var title = "Rückruf " + ServiceRequests.newId().substring(0, 6);
        try (var browser = Browser.open()) {
            var admin =
                    Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD).go("/portal/company/canned.xhtml");
            admin.visible(By.id("canned:title")).sendKeys(title);
            browser.driver().findElement(By.id("canned:text")).sendKeys("Hallo {firstName}, wir rufen Sie zurück.");
            admin.clickable(By.id("canned:save")).click();
            admin.showsText(By.id("canned:responses"), title);
            var removable = "Entwurf " + ServiceRequests.newId().substring(0, 6);
            admin.visible(By.id("canned:title")).sendKeys(removable);
            browser.driver().findElement(By.id("canned:text")).sendKeys("Gleich wieder weg.");
            admin.clickable(By.id("canned:save")).click();
            admin.showsText(By.id("canned:responses"), removable);
            admin.visible(By.xpath("//tr[td[text()='" + removable + "']]"))
                    .findElement(By.cssSelector("button[id$='remove']"))
                    .click();
            admin.showsText(By.cssSelector(".ui-confirm-dialog"), "„" + removable + "“ entfernen?");
            admin.confirm(false);
            assertTrue(admin.text(By.id("canned:responses")).contains(removable), "kept after no");
            // a draft begun meanwhile is not lost to the removal of another response
            admin.visible(By.id("canned:title")).sendKeys("Halb geschrieben");
            admin.visible(By.xpath("//tr[td[text()='" + removable + "']]"))
                    .findElement(By.cssSelector("button[id$='remove']"))
                    .click();
            admin.confirm(true);
            admin.until(page ->
                    !page.findElement(By.id("canned:responses")).getText().contains(removable));
            assertEquals(
                    "Halb geschrieben",
                    browser.driver().findElement(By.id("canned:title")).getAttribute("value"));
            var agent = ServiceRequests.stadtwerkeAgent();
            var titles = Api.get("/api/v1/canned-responses", agent.accessToken())
                    .jsonArray()
                    .getValuesAs(JsonObject.class);
            assertTrue(titles.stream().anyMatch(row -> row.getString("title").equals(title)));

            var consumer = Consumers.signUp("Zoe", "Zahlen");
            ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
            var id = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Für die Statistik");
            ServiceRequests.send(agent.accessToken(), id, "Schon erledigt.");

            admin.go("/portal/company/index.xhtml");
            var opened = Long.parseLong(admin.visible(By.id("opened")).getText().trim());
            assertTrue(opened >= 1, "at least the request of this test");
            assertFalse(admin.text(By.id("firstResponse")).equals("–"), "a first answer was given");
            admin.visible(By.cssSelector("#dashboard\\:chart canvas"));
            browser.screenshot("portal-company-dashboard");

            // the figures as a spreadsheet reads them: the same period, a row per day, the total
            var downloads = Files.createTempDirectory("anliegen-downloads");
            browser.driver()
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            admin.clickable(By.id("dashboard:csv")).click();
            var csv = admin.until(page -> {
                try (var files = Files.list(downloads)) {
                    return files.filter(file -> file.toString().endsWith(".csv"))
                            .findFirst()
                            .orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            var today = LocalDate.now(Clocks.GERMANY);
            assertEquals(
                    "anliegen-" + today.minusDays(29) + "-" + today + ".csv",
                    csv.getFileName().toString());
            var rows = Files.readString(csv, StandardCharsets.UTF_8).split("\r\n");
            assertEquals("\uFEFFDatum,Eröffnet,Erledigt", rows[0].substring(0, rows[0].indexOf(",Median")), rows[0]);
            assertEquals(32, rows.length, "a heading, 30 days and the total");
            assertTrue(rows[30].startsWith(today + ","), rows[30]);
            assertEquals(opened, Long.parseLong(rows[31].split(",")[1]), rows[31]);

            // a period the figures refuse gives the reason on the page, and no file
            // set as the picker would (typing into it races with its calendar): a start after the end
            browser.driver()
                    .executeScript(
                            "arguments[0].value = arguments[1];",
                            admin.visible(By.id("dashboard:from_input")),
                            today.plusDays(1).toString());
            admin.clickable(By.id("dashboard:csv")).click();
            admin.showsText(By.cssSelector("#dashboard\\:messages .ui-messages-error"), "Zeitraum von 1 bis 366 Tagen");
            try (var files = Files.list(downloads)) {
                assertEquals(1, files.count(), "no second file");
            }
            assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        }
    }

    @Test
    void a_suspended_company_leaves_the_app_and_its_staff_cannot_sign_in_until_it_is_resumed() {
        var handle = "eisdiele-" + ServiceRequests.newId().substring(0, 8);
        var adminEmail = Portal.newEmail("emil");
        try (var browser = Browser.open()) {
            var platform = Portal.onboard(browser, "Eisdiele " + handle, handle, "Emil Eis", adminEmail);
            try (var adminBrowser = Browser.open()) {
                Portal.choosePasswordFromMail(adminBrowser, adminEmail, PASSWORD);
                var guest = Consumers.signUp("Greta", "Gast");
                ServiceRequests.connect(guest.accessToken(), handle);
                var request = ServiceRequests.open(guest.accessToken(), handle, "Eis");

                platform.suspendOrResume(handle, "suspend");
                assertEquals(List.of(), search(handle));
                assertFalse(takesRequests(guest, handle), "connected still, and told that it takes no requests");
                assertFalse(profileTakesRequests(handle), "its page tells anyone, before they try to connect");
                assertFalse(
                        Api.get("/api/v1/conversations/" + request, guest.accessToken())
                                .json()
                                .getJsonObject("company")
                                .getBoolean("takesRequests"),
                        "and the request tells its consumer, before they write");
                adminBrowser.go("/portal/login.xhtml");
                Portal.fillSignIn(adminBrowser, adminEmail, PASSWORD);
                Portal.on(adminBrowser).showsText(By.id("login:messages"), "gesperrt");
                // no one could read them: a message or file to the suspended company is refused, not kept unread
                var unread = ServiceRequests.send(guest.accessToken(), request, ServiceRequests.newId(), "Hallo?");
                var unsent = Binary.upload(
                        "POST",
                        "/api/v1/conversations/" + request + "/attachments",
                        guest.accessToken(),
                        "application/pdf",
                        "%PDF-1.7\n".getBytes());
                for (var refused : List.of(unread, unsent)) {
                    assertEquals(409, refused.status(), refused::toString);
                    assertEquals(
                            "company-suspended",
                            refused.json().getString("type").replaceAll(".*/", ""));
                }

                platform.suspendOrResume(handle, "resume");
                assertEquals(1, search(handle).size());
                assertTrue(takesRequests(guest, handle));
                assertTrue(profileTakesRequests(handle));
                Portal.signIn(adminBrowser, adminEmail, PASSWORD);
                var resumed = ServiceRequests.send(guest.accessToken(), request, ServiceRequests.newId(), "Hallo?");
                assertEquals(201, resumed.status(), resumed::toString);
            }
        }
    }

    @Test
    void suspending_a_company_signs_its_staff_out_everywhere_at_once_and_resuming_does_not_sign_them_in_again() {
        var handle = "kiosk-" + ServiceRequests.newId().substring(0, 8);
        var adminEmail = Portal.newEmail("karla");
        try (var browser = Browser.open()) {
            var platform = Portal.onboard(browser, "Kiosk " + handle, handle, "Karla Kiosk", adminEmail);
            try (var adminBrowser = Browser.open()) {
                Portal.choosePasswordFromMail(adminBrowser, adminEmail, PASSWORD);
                var team = Portal.signIn(adminBrowser, adminEmail, PASSWORD).go("/portal/company/team.xhtml");
                team.visible(By.id("team:invite"));
                var api = ServiceRequests.signInAgent(adminEmail, PASSWORD);
                try (var stream = StreamClient.ready(api.accessToken(), null)) {
                    platform.suspendOrResume(handle, "suspend");
                    // the sockets' regular check runs once a minute: this closing is the suspension's own
                    assertEquals(1008, stream.closeCode(), "the open socket closes at once");
                }
                assertEquals(
                        401, Api.get("/api/v1/conversations", api.accessToken()).status());
                adminBrowser.go("/portal/company/team.xhtml");
                Portal.on(adminBrowser).visible(By.id("login:email"));

                platform.suspendOrResume(handle, "resume");
                assertEquals(
                        401,
                        Api.get("/api/v1/conversations", api.accessToken()).status(),
                        "a token from before the suspension stays ended");
                var again = ServiceRequests.signInAgent(adminEmail, PASSWORD);
                assertEquals(
                        200,
                        Api.get("/api/v1/conversations", again.accessToken()).status());
            }
        }
    }

    @Test
    void a_form_posted_from_elsewhere_without_the_pages_view_state_changes_nothing() throws Exception {
        var email = Portal.newEmail("gefaelscht");
        try (var browser = Browser.open()) {
            Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD)
                    .go("/portal/company/team.xhtml")
                    .visible(By.id("team:invite"));
            var session = browser.driver()
                    .manage()
                    .getCookieNamed("__Host-anliegen-session")
                    .getValue();
            for (var viewState : List.of("", "-1234567890:987654321")) {
                var form = "team=team&team%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&team%3Aname=Mallory&team%3Aroles=AGENT&team%3Ainvite=team%3Ainvite"
                        + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
                var reply = Api.send(Api.request("/portal/company/team.xhtml")
                        .header("Cookie", "__Host-anliegen-session=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
                assertFalse(reply.body().contains("ist unterwegs"), reply::toString);
            }
            assertFalse(Mails.anyTo(email), "no invitation went out");
        }
    }

    /** Whether the consumer's connection with the company says that it takes requests now. */
    private static boolean takesRequests(Consumers.SignedIn consumer, String handle) {
        var connections =
                Api.get("/api/v1/me/companies", consumer.accessToken()).jsonArray();
        return connections.getValuesAs(JsonObject.class).stream()
                .filter(connection ->
                        handle.equals(connection.getJsonObject("company").getString("handle")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not connected with " + handle + ": " + connections))
                .getBoolean("takesRequests");
    }

    private static boolean profileTakesRequests(String handle) {
        return Api.get("/api/v1/companies/" + handle).json().getBoolean("takesRequests");
    }

    private static List<JsonObject> search(String handle) {
        return Api.get("/api/v1/companies?q=" + handle)
                .json()
                .getJsonArray("companies")
                .getValuesAs(JsonObject.class);
    }
}
