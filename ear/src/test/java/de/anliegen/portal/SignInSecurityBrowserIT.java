package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Browser;
import de.anliegen.support.Parallel;
import de.anliegen.support.Portal;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Stay signed in" with its cookie, and two-factor authentication that some roles must set up before anything else. */
class SignInSecurityBrowserIT extends AgainstTheProduct {

    private static final String PASSWORD = "Ein-langes-Passwort-2026";
    private static final String REMEMBER = "__Host-anliegen-remember";
    private static final String SESSION = "__Host-anliegen-session";
    private static final String BLEIBEND = Portal.newEmail("bleibend");
    private static final String DOPPELT = Portal.newEmail("doppelt");
    private static final String PARALLEL = Portal.newEmail("parallel");
    private static final String PARALLEL_CODE = Portal.newEmail("parallelcode");
    private static final String GERATEN = Portal.newEmail("geraten");
    private static final String WECHSEL = Portal.newEmail("wechsel");

    /** The Stadtwerke's admin invites the agents the tests need, one after the other in one browser. */
    @BeforeAll
    static void invited() {
        try (var browser = Browser.open()) {
            var admin = Portal.signIn(browser, Portal.ADMIN, Portal.ADMIN_PASSWORD);
            admin.go("/portal/company/team.xhtml").invite(BLEIBEND, "Bea Bleibend");
            admin.go("/portal/company/team.xhtml").invite(DOPPELT, "Doris Doppelt");
            admin.go("/portal/company/team.xhtml").invite(PARALLEL, "Pia Parallel");
            admin.go("/portal/company/team.xhtml").invite(PARALLEL_CODE, "Paul Parallel");
            admin.go("/portal/company/team.xhtml").invite(GERATEN, "Gerd Geraten");
            admin.go("/portal/company/team.xhtml").invite(WECHSEL, "Wanja Wechsel");
        }
    }

    @Test
    void stay_signed_in_survives_the_browser_session_until_it_is_revoked_on_the_profile_page() {
        var email = BLEIBEND;
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, email, PASSWORD);
            var portal = signInRemembered(browser, email, PASSWORD);

            var cookie = browser.driver().manage().getCookieNamed(REMEMBER);
            assertTrue(cookie.isHttpOnly() && cookie.isSecure(), cookie::toString);
            assertEquals("/", cookie.getPath());
            assertEquals("Strict", cookie.getSameSite());
            var days = Duration.between(Instant.now(), cookie.getExpiry().toInstant())
                    .toDays();
            assertTrue(days >= 29 && days <= 30, "30 days: " + cookie.getExpiry());

            // the browser session ends: the remembered sign-in opens the portal again, with a new token
            browser.driver().manage().deleteCookieNamed("__Host-anliegen-session");
            portal.go("/portal/inbox/index.xhtml");
            portal.visible(By.id("inbox:conversations"));
            var rotated = browser.driver().manage().getCookieNamed(REMEMBER);
            assertTrue(!rotated.getValue().equals(cookie.getValue()), "the token changes with each use");

            portal.go("/portal/account.xhtml");
            portal.showsText(By.id("devices:list"), "Chrome");
            browser.screenshot("portal-account");
            // the row's own button: the device it shows, by its id
            portal.clickable(By.cssSelector("[id='devices:list'] button[id$='revoke']"))
                    .click();
            portal.showsText(By.id("devices:messages"), "Erledigt");
            portal.gone(By.id("devices:revokeAll"));
            browser.driver().manage().deleteCookieNamed("__Host-anliegen-session");
            portal.go("/portal/inbox/index.xhtml");
            portal.visible(By.id("login:email"));

            // an old cookie value does not sign in either
            browser.driver().manage().addCookie(again(cookie));
            portal.go("/portal/inbox/index.xhtml");
            portal.visible(By.id("login:email"));
        }
    }

    @Test
    void a_guessed_token_changes_nothing_and_a_copied_cookie_used_again_ends_the_remembered_sign_in() {
        try (var browser = Browser.open()) {
            var portal = signInRemembered(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            var first = browser.driver().manage().getCookieNamed(REMEMBER);
            var selector = first.getValue().substring(0, first.getValue().indexOf('.'));
            assertTrue(selector.matches("[A-Za-z0-9_-]{43}"), "a random selector, not a row number: " + selector);

            // someone who knows the selector guesses a token: no sign-in, and the browser's cookie still works
            assertFalse(signsIn(browser, withValue(first, selector + "." + "A".repeat(43))));
            assertTrue(signsIn(browser, first));
            var second = browser.driver().manage().getCookieNamed(REMEMBER);

            // the first cookie again, after it was replaced: a copy is in use, so the remembrance ends for both
            assertFalse(signsIn(browser, first));
            assertFalse(signsIn(browser, second));
        }
    }

    @Test
    void a_session_id_planted_before_a_remembered_sign_in_is_not_the_signed_in_one() {
        String remembered;
        try (var browser = Browser.open()) {
            signInRemembered(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            remembered = browser.driver().manage().getCookieNamed(REMEMBER).getValue();
        }
        // someone opens the sign-in page and plants the id of their session in the browser of a remembered agent
        var planted = Api.get("/portal/login.xhtml").cookie(SESSION).orElseThrow();

        var opened = Api.getWithCookies(
                "/portal/inbox/index.xhtml", SESSION + "=" + planted + "; " + REMEMBER + "=" + remembered);

        assertEquals(200, opened.status(), "the remembered browser signs in: " + opened);
        var signedIn = opened.cookie(SESSION).orElseThrow(() -> new AssertionError("no new session id: " + opened));
        assertNotEquals(planted, signedIn, "a new session id at the sign-in");
        assertEquals(
                302,
                Api.getWithCookies("/portal/inbox/index.xhtml", SESSION + "=" + planted)
                        .status(),
                "the planted id opens nothing");
        assertEquals(
                200,
                Api.getWithCookies("/portal/inbox/index.xhtml", SESSION + "=" + signedIn)
                        .status());
    }

    @Test
    void a_page_left_open_until_its_session_ended_leads_to_the_sign_in_which_says_why_and_returns_to_it() {
        try (var browser = Browser.open()) {
            var portal =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/account.xhtml");
            browser.driver().manage().deleteCookieNamed(SESSION);

            portal.clickable(By.id("password:change")).click();

            portal.showsText(By.id("ended"), "Ihre Anmeldung ist abgelaufen");
            browser.screenshot("portal-session-ended");
            Portal.fillSignIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            portal.until(page -> page.getCurrentUrl().endsWith("/portal/account.xhtml"));
            portal.visible(By.id("password:change"));
        }
    }

    @Test
    void a_page_whose_session_ended_while_staying_signed_in_is_opened_afresh_not_as_a_server_error() {
        try (var browser = Browser.open()) {
            var portal = signInRemembered(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/account.xhtml");
            var before = portal.visible(By.id("password:change"));
            browser.driver().manage().deleteCookieNamed(SESSION);

            before.click();

            portal.until(ExpectedConditions.stalenessOf(before));
            portal.visible(By.id("password:change"));
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("/portal/account.xhtml"),
                    browser.driver()::getCurrentUrl);
            assertFalse(browser.driver().getPageSource().contains("Serverfehler"));
        }
    }

    /** Signs in with "stay signed in" ticked. */
    private static Portal signInRemembered(Browser browser, String email, String password) {
        browser.go("/portal/login.xhtml");
        var portal = Portal.on(browser);
        portal.visible(By.id("login:email")).sendKeys(email);
        browser.driver().findElement(By.id("login:password")).sendKeys(password);
        browser.driver()
                .findElement(By.cssSelector("[id='login:remember'] .ui-chkbox-box"))
                .click();
        browser.driver().findElement(By.id("login:submit")).click();
        portal.visible(Portal.SIGNED_IN);
        return portal;
    }

    /** Whether this cookie alone, without a session, opens the inbox. */
    private static boolean signsIn(Browser browser, Cookie cookie) {
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(again(cookie));
        var portal = Portal.on(browser).go("/portal/inbox/index.xhtml");
        return portal.until(
                        page -> !page.findElements(By.id("inbox:conversations")).isEmpty()
                                || !page.findElements(By.id("login:email")).isEmpty())
                && !browser.driver().findElements(By.id("inbox:conversations")).isEmpty();
    }

    /** The cookie with another value, for this host only: a {@code __Host-} cookie may name no domain. */
    private static Cookie withValue(Cookie cookie, String value) {
        return new Cookie.Builder(cookie.getName(), value)
                .path(cookie.getPath())
                .expiresOn(cookie.getExpiry())
                .isSecure(cookie.isSecure())
                .isHttpOnly(cookie.isHttpOnly())
                .sameSite(cookie.getSameSite())
                .build();
    }

    /** The same cookie, set again as the browser had it. */
    private static Cookie again(Cookie cookie) {
        return withValue(cookie, cookie.getValue());
    }

    @Test
    void signing_out_ends_stay_signed_in_in_that_browser() {
        try (var browser = Browser.open()) {
            var portal = signInRemembered(browser, Portal.AGENT, Portal.AGENT_PASSWORD);
            var cookie = browser.driver().manage().getCookieNamed(REMEMBER);

            portal.clickable(By.id("account:signOut")).click();
            portal.visible(By.id("login:email"));
            assertNull(browser.driver().manage().getCookieNamed(REMEMBER));
            browser.driver().manage().addCookie(again(cookie));
            portal.go("/portal/");
            portal.visible(By.id("login:email"));
        }
    }

    @Test
    void a_data_protection_officer_sets_up_two_factors_before_the_portal_opens_and_then_signs_in_with_a_code() {
        var email = Portal.newEmail("datenschutz");
        try (var browser = Browser.open()) {
            var platform = Portal.signIn(browser, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD)
                    .go("/portal/platform/staff.xhtml");
            platform.visible(By.id("team:email")).sendKeys(email);
            browser.driver().findElement(By.id("team:name")).sendKeys("Dana Datenschutz");
            var roles = browser.driver().findElements(By.cssSelector("[id='team:roles'] .ui-chkbox-box"));
            roles.get(1).click();
            platform.clickable(By.id("team:invite")).click();
            platform.showsText(By.id("team:messages"), "Die Einladung an " + email + " ist unterwegs.");
        }
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, email, PASSWORD);
            browser.go("/portal/login.xhtml");
            Portal.fillSignIn(browser, email, PASSWORD);
            var portal = Portal.on(browser);
            portal.visible(By.id("twoFactor:start"));
            portal.go("/portal/index.xhtml");
            portal.visible(By.id("twoFactor:start")).click();
            var secret = portal.visible(By.id("secret")).getText().replace(" ", "");
            assertTrue(portal.visible(By.id("qr")).getDomAttribute("src").startsWith("data:image/png;base64,"));
            browser.screenshot("portal-two-factor-setup");
            browser.driver().findElement(By.id("twoFactor:code")).sendKeys(Portal.nextCode(secret));
            portal.clickable(By.id("twoFactor:confirm")).click();
            portal.showsText(By.id("twoFactor:messages"), "Die Zwei-Faktor-Anmeldung ist an.");
            portal.go("/portal/index.xhtml");
            portal.visible(By.id("welcome"));

            portal.clickable(By.id("account:signOut")).click();
            Portal.fillSignIn(browser, email, PASSWORD);
            portal.visible(By.id("login:code")).sendKeys(Portal.nextCode(secret));
            portal.clickable(By.id("login:verify")).click();
            portal.visible(By.id("welcome"));
        }
    }

    @Test
    void an_agent_who_turns_on_two_factors_needs_the_code_in_the_portal_and_in_the_api() {
        var email = DOPPELT;
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, email, PASSWORD);
            var secret = turnOnTwoFactors(Portal.signIn(browser, email, PASSWORD));

            var withoutCode = Api.post("/api/v1/staff/sessions", staffSignIn(email, null));
            assertEquals(401, withoutCode.status(), withoutCode::toString);
            assertEquals("/problems/second-factor-required", withoutCode.json().getString("type"));
            var withCode = Api.post("/api/v1/staff/sessions", staffSignIn(email, Portal.nextCode(secret)));
            assertEquals(200, withCode.status(), withCode::toString);
        }
    }

    @Test
    void fifty_wrong_passwords_or_codes_at_once_are_checked_no_more_often_than_the_limit() {
        var email = PARALLEL;
        var other = PARALLEL_CODE;
        String secret;
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, email, PASSWORD);
            Portal.choosePasswordFromMail(browser, other, PASSWORD);
            secret = turnOnTwoFactors(Portal.signIn(browser, other, PASSWORD));
        }
        var wrongPassword = Json.createObjectBuilder()
                .add("email", email)
                .add("password", "Falsches-Passwort-Parallel")
                .build()
                .toString();
        assertEquals(
                Map.of(401, 5, 429, 45),
                Parallel.statuses(50, () -> Api.post("/api/v1/staff/sessions", wrongPassword)));

        // the right password and wrong codes (400, wrong-code): each counts, and no more than the limit are checked
        assertEquals(
                Map.of(400, 5, 429, 45),
                Parallel.statuses(50, () -> Api.post("/api/v1/staff/sessions", staffSignIn(other, "000000"))));
        var right = Api.post("/api/v1/staff/sessions", staffSignIn(other, Portal.nextCode(secret)));
        assertEquals(429, right.status(), right::toString);
    }

    @Test
    void wrong_current_passwords_in_the_portal_count_like_failed_sign_ins() {
        var email = GERATEN;
        try (var browser = Browser.open()) {
            Portal.choosePasswordFromMail(browser, email, PASSWORD);
            var portal = Portal.signIn(browser, email, PASSWORD);
            for (var i = 0; i < 6; i++) {
                portal.go("/portal/account.xhtml");
                portal.visible(By.id("password:current")).sendKeys(i < 5 ? "geraten-" + i : PASSWORD);
                browser.driver().findElement(By.id("password:new")).sendKeys("Noch-ein-neues-Passwort-2026");
                portal.clickable(By.id("password:change")).click();
                portal.showsText(
                        By.id("password:messages"),
                        i < 5 ? "Das aktuelle Passwort stimmt nicht." : "Zu viele falsche Versuche.");
            }
            browser.screenshot("portal-password-too-many");
        }
        var signIn = Api.post("/api/v1/staff/sessions", staffSignIn(email, null));
        assertEquals(429, signIn.status(), "the guesses count against the sign-in too: " + signIn);
    }

    @Test
    void a_password_change_keeps_this_session_and_ends_every_other() {
        var email = WECHSEL;
        var newPassword = "Noch-ein-neues-Passwort-2026";
        try (var here = Browser.open();
                var elsewhere = Browser.open()) {
            Portal.choosePasswordFromMail(here, email, PASSWORD);
            var portal = Portal.signIn(here, email, PASSWORD).go("/portal/account.xhtml");
            var other = Portal.signIn(elsewhere, email, PASSWORD);

            portal.visible(By.id("password:current")).sendKeys("nicht-das-passwort");
            here.driver().findElement(By.id("password:new")).sendKeys(newPassword);
            portal.clickable(By.id("password:change")).click();
            portal.showsText(By.id("password:messages"), "Das aktuelle Passwort stimmt nicht.");

            portal.go("/portal/account.xhtml");
            portal.visible(By.id("password:current")).sendKeys(PASSWORD);
            here.driver().findElement(By.id("password:new")).sendKeys("kurz");
            portal.clickable(By.id("password:change")).click();
            portal.showsText(By.id("password:messages"), "mindestens 10 Zeichen");

            portal.go("/portal/account.xhtml");
            portal.visible(By.id("password:current")).sendKeys(PASSWORD);
            here.driver().findElement(By.id("password:new")).sendKeys(newPassword);
            portal.clickable(By.id("password:change")).click();
            portal.showsText(By.id("password:messages"), "Ihr Passwort ist geändert.");

            portal.go("/portal/inbox/index.xhtml");
            portal.visible(By.id("inbox:conversations"));
            other.go("/portal/inbox/index.xhtml");
            other.visible(By.id("login:email"));
            Portal.fillSignIn(elsewhere, email, PASSWORD);
            other.showsText(By.id("login:messages"), "E-Mail-Adresse oder Passwort stimmen nicht.");
            Portal.signIn(elsewhere, email, newPassword);
        }
    }

    /**
     * Someone else signs in in a second tab of the same browser: the first tab's page ends with the session it
     * followed and loads again as the new sign-in, and the new sign-in holds in both tabs. (Loaded again at once, the
     * first tab could beat the sign-in's answer and start a session of its own, whose cookie then replaced the new
     * sign-in's.)
     */
    @Test
    void a_sign_in_in_a_second_tab_ends_the_first_tabs_page_and_holds_in_both() {
        try (var browser = Browser.open()) {
            var first =
                    Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD).go("/portal/inbox/index.xhtml");
            first.visible(By.id("inbox:conversations"));
            browser.driver().executeScript("window.fromBefore = true;");
            var firstTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            Portal.signIn(browser, Portal.OTHER_AGENT, Portal.AGENT_PASSWORD);
            var secondTab = browser.driver().getWindowHandle();

            browser.driver().switchTo().window(firstTab);
            first.until(page -> browser.driver().executeScript("return window.fromBefore === undefined;"));
            first.showsText(By.cssSelector("#account .who"), "Ben Agent");
            browser.driver().switchTo().window(secondTab);
            first.go("/portal/inbox/index.xhtml").showsText(By.cssSelector("#account .who"), "Ben Agent");
        }
    }

    private static String staffSignIn(String email, String code) {
        var body = Json.createObjectBuilder().add("email", email).add("password", PASSWORD);
        if (code != null) {
            body.add("code", code);
        }
        return body.build().toString();
    }

    /** Sets up two factors for the signed-in staff member; answers the authenticator's secret. */
    private static String turnOnTwoFactors(Portal portal) {
        portal.go("/portal/two-factor.xhtml");
        portal.clickable(By.id("twoFactor:start")).click();
        var secret = portal.visible(By.id("secret")).getText().replace(" ", "");
        portal.browser().driver().findElement(By.id("twoFactor:code")).sendKeys(Portal.nextCode(secret));
        portal.clickable(By.id("twoFactor:confirm")).click();
        portal.showsText(By.id("twoFactor:messages"), "Die Zwei-Faktor-Anmeldung ist an.");
        return secret;
    }
}
