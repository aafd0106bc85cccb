package de.anliegen.support;

import de.anliegen.demo.boundary.DemoData;
import de.anliegen.identity.control.Totp;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The test DSL for the staff portal in a browser: signing in, waiting for what a person waits for. */
public final class Portal {

    public static final String AGENT = "agent@stadtwerke-musterstadt.example";
    public static final String ADMIN = "admin@stadtwerke-musterstadt.example";
    public static final String OTHER_AGENT = "agent@baeckerei-sommer.example";
    public static final String PLATFORM_ADMIN = "platform@anliegen.example";
    public static final String AGENT_PASSWORD = "demo-agent-2026";
    public static final String ADMIN_PASSWORD = "demo-admin-2026";
    public static final String PLATFORM_PASSWORD = "demo-platform-2026";

    /** On every page of the portal for someone signed in. */
    public static final By SIGNED_IN = By.id("account:signOut");

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private final Browser browser;

    private Portal(Browser browser) {
        this.browser = browser;
    }

    /** The portal in this browser, whoever is signed in there (or no one). */
    public static Portal on(Browser browser) {
        return new Portal(browser);
    }

    /** Fills in and sends the sign-in form (the browser is on the sign-in page). */
    public static void fillSignIn(Browser browser, String email, String password) {
        var page = browser.driver();
        // the sign-in page may still be on its way (after signing out, say)
        on(browser).visible(By.id("login:email")).sendKeys(email);
        page.findElement(By.id("login:password")).sendKeys(password);
        // as a person, who takes longer to type than the page to load its fonts: a font still on its way when the
        // sign-in changes the session's id asked for the old session, and the server answered it with a 500 (once,
        // in WildFly's session handling before the application's code)
        ((JavascriptExecutor) page)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " (document.readyState === 'complete' ? Promise.resolve()"
                        + " : new Promise(loaded => window.addEventListener('load', loaded)))"
                        + ".then(() => document.fonts.ready).then(() => done());");
        page.findElement(By.id("login:submit")).click();
    }

    /**
     * Signs in and waits for the portal (agents land in their inbox, everyone else on the overview). Where the account
     * asks for a second factor (the demo platform admin and data protection officer), enters the code of the demo
     * authenticator key.
     */
    public static Portal signIn(Browser browser, String email, String password) {
        browser.go("/portal/login.xhtml");
        fillSignIn(browser, email, password);
        var portal = new Portal(browser);
        portal.until(page -> !page.findElements(SIGNED_IN).isEmpty()
                || !page.findElements(By.id("login:code")).isEmpty());
        if (!browser.driver().findElements(By.id("login:code")).isEmpty()) {
            portal.visible(By.id("login:code")).sendKeys(nextCode(email, DemoData.DEMO_TOTP_SECRET));
            portal.clickable(By.id("login:verify")).click();
        }
        portal.visible(SIGNED_IN);
        return portal;
    }

    /** {@link #nextCode(String, String)} for an account with a key of its own. */
    public static String nextCode(String secret) {
        return nextCode(secret, secret);
    }

    /**
     * A code of the authenticator key that this account has not used yet: each code counts once per account, so a
     * second sign-in within the same 30 seconds takes the next step's code (which counts too), and a third waits for
     * the next step. The demo platform admin and data protection officer share a key but not their used codes.
     */
    public static synchronized String nextCode(String account, String secret) {
        var now = Totp.stepOf(Instant.now());
        var step = Math.max(now, LAST_STEP.getOrDefault(account, Long.MIN_VALUE) + 1);
        while (step > Totp.stepOf(Instant.now()) + 1) {
            sleep();
        }
        LAST_STEP.put(account, step);
        return Totp.code(secret, step);
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows the link of the newest e-mail to this address and chooses the password there. */
    public static void choosePasswordFromMail(Browser browser, String email, String password) {
        choosePasswordFromMail(browser, Mails.newestTo(email), password);
    }

    /** Follows the link of this e-mail (from the dev outbox) and chooses the password there. */
    public static void choosePasswordFromMail(Browser browser, JsonObject mail, String password) {
        var token = Mails.tokenIn(mail.getString("body"));
        browser.go("/portal/password.xhtml?token=" + token);
        var portal = on(browser);
        portal.visible(By.id("password:password")).sendKeys(password);
        portal.clickable(By.id("password:save")).click();
        portal.visible(By.id("chosen"));
    }

    /** The platform admin takes a company in; its first admin gets an invitation by mail. */
    public static Portal onboard(Browser browser, String name, String handle, String adminName, String adminEmail) {
        var platform = signIn(browser, PLATFORM_ADMIN, PLATFORM_PASSWORD).go("/portal/platform/index.xhtml");
        platform.visible(By.id("companies:name")).sendKeys(name);
        browser.driver().findElement(By.id("companies:handle")).sendKeys(handle);
        browser.driver().findElement(By.id("companies:adminName")).sendKeys(adminName);
        browser.driver().findElement(By.id("companies:adminEmail")).sendKeys(adminEmail);
        platform.clickable(By.id("companies:onboard")).click();
        platform.showsText(By.id("companies:messages"), "ist aufgenommen");
        return platform;
    }

    /** A new address for an invitation, unique to this test run. */
    public static String newEmail(String name) {
        return name + "-" + ServiceRequests.newId().substring(0, 8) + "@example.org";
    }

    public Browser browser() {
        return browser;
    }

    public Portal go(String path) {
        browser.go(path);
        return this;
    }

    public WebElement visible(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement clickable(By locator) {
        return until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Waits until the element is no longer shown (an update took it away). */
    public void gone(By locator) {
        until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** On the company admin's team page: invites an agent with this address and name, and waits for the message. */
    public void invite(String email, String name) {
        visible(By.id("team:email")).sendKeys(email);
        browser.driver().findElement(By.id("team:name")).sendKeys(name);
        clickable(By.cssSelector("[id='team:roles'] .ui-chkbox-box")).click();
        clickable(By.id("team:invite")).click();
        showsText(By.id("team:messages"), "Die Einladung an " + email + " ist unterwegs.");
    }

    /** On the platform admin's list of companies: suspends ("suspend") or resumes ("resume") the company. */
    public void suspendOrResume(String handle, String action) {
        go("/portal/platform/index.xhtml");
        var pages = browser.driver().findElements(By.cssSelector("#companies\\:list .ui-paginator-last"));
        if (!pages.isEmpty() && !pages.get(0).getDomAttribute("class").contains("ui-state-disabled")) {
            pages.get(0).click();
        }
        var row = visible(By.xpath("//tr[td[text()='" + handle + "']]"));
        row.findElement(By.cssSelector("button[id$='" + action + "']")).click();
        if (action.equals("suspend")) {
            confirm(true);
        }
        showsText(By.id("companies:messages"), action.equals("suspend") ? "ist gesperrt" : "nimmt wieder teil");
    }

    /** Waits until every ajax request the page queued has been answered and its updates drawn. */
    public void settled() {
        until(page -> (Boolean) ((JavascriptExecutor) page).executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /** Waits until the element shows this text somewhere in it (live updates take a moment). */
    public void showsText(By locator, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Answers the open confirmation dialog with its yes or no button once the dialog stands still (a click during its
     * entrance can land beside the button it aimed at), and waits until the dialog is gone.
     */
    public void confirm(boolean yes) {
        var button = By.cssSelector(yes ? ".ui-confirmdialog-yes" : ".ui-confirmdialog-no");
        var lastSeen = new Rectangle[1];
        until(page -> {
            var rect = page.findElement(button).getRect();
            var still = rect.equals(lastSeen[0]) && page.findElement(button).isDisplayed();
            lastSeen[0] = rect;
            return still;
        });
        clickable(button).click();
        gone(By.cssSelector(".ui-confirm-dialog"));
        // PrimeFaces hands the focus back to the button that opened the dialog 100 ms after hiding it; keys typed
        // before that would land on the button (a space clicks it): let the page's queued task run first
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("setTimeout(arguments[arguments.length - 1], 150);");
    }

    /**
     * Waits up to 15 s for the condition. When it never comes, the page as it was then is kept as a screenshot
     * ({@code waited-in-vain-...}) and its address and text go into the failure: a test that failed on CI says what it saw.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        try {
            return waitFor(condition);
        } catch (TimeoutException e) {
            var screenshot = browser.screenshot("waited-in-vain-" + System.currentTimeMillis());
            var text = browser.driver().findElement(By.tagName("body")).getText();
            throw new TimeoutException(
                    e.getMessage() + "\nat " + browser.driver().getCurrentUrl() + " (" + screenshot.getFileName()
                            + "), showing:\n" + text.substring(0, Math.min(text.length(), 2_000)),
                    e);
        }
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        // an ajax update or a page being loaded may replace an element between finding and reading it: look again
        // (Chromium reports a node of a document just replaced as "unknown error", not as a stale element, and a look
        // sent while a click's navigation to another page begins as "aborted by navigation")
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    try {
                        return condition.apply(driver);
                    } catch (WebDriverException e) {
                        var message = String.valueOf(e.getMessage());
                        if (message.contains("does not belong to the document")
                                || message.contains("aborted by navigation")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /**
     * The data protection officer records a written request of this kind ("Auskunft (Kopie der Daten)" when null)
     * from the person with this mobile number, and lands on its case file.
     */
    public void recordCase(String mobileNumber, String name, String kind) {
        go("/portal/dpo/index.xhtml");
        visible(By.id("dpo:query")).sendKeys(mobileNumber);
        clickable(By.id("dpo:search")).click();
        showsText(By.id("dpo:found"), name);
        if (kind != null) {
            choose("dpo:kind", kind);
        }
        clickable(By.id("dpo:record")).click();
        showsText(By.id("person"), name);
    }

    /**
     * Waits until the picture has loaded, at its natural width in pixels (a broken image has none). The picture is
     * found anew at each look: a live update may have drawn it again.
     */
    public void loaded(By image, long width) {
        until(page -> Long.valueOf(width)
                .equals(browser.driver()
                        .executeScript(
                                "return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                                page.findElement(image))));
    }

    /** Clicks the element, finding it again if a live update replaced it between finding and clicking. */
    public void click(By locator) {
        until(page -> {
            page.findElement(locator).click();
            return true;
        });
    }

    public String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }

    /** Picks an option of a PrimeFaces select menu by its label. */
    public void choose(String menuId, String label) {
        var panel = By.id(menuId + "_panel");
        var open = By.cssSelector("[id='" + menuId + "_panel'].ui-connected-overlay-enter-done");
        // the list slides open: a click during the animation can miss its item, and a click on the menu while it
        // slides shuts it again (on a busy machine the slide outlasts a poll). A live refresh of the page that lands
        // with the click can swallow it (the menu stays shut, as for a person, who clicks again): so do we
        // A list that shows but never finishes sliding for a second (a live update replaced the menu meanwhile) is
        // shut with another click and opened anew.
        var clicked = new Instant[] {Instant.now()};
        try {
            until(page -> {
                if (page.findElements(open).stream().anyMatch(WebElement::isDisplayed)) {
                    return true;
                }
                var shown = page.findElements(panel).stream().anyMatch(WebElement::isDisplayed);
                if (!shown || clicked[0].isBefore(Instant.now().minusSeconds(1))) {
                    page.findElement(By.id(menuId)).click();
                    clicked[0] = Instant.now();
                }
                return false;
            });
        } catch (TimeoutException e) {
            var panels = browser.driver().findElements(panel).stream()
                    .map(element -> element.getAttribute("class") + (element.isDisplayed() ? " (shown)" : ""))
                    .toList();
            throw new AssertionError("the menu " + menuId + " did not open; its lists: " + panels, e);
        }
        clickable(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"))
                .click();
    }
}
