package de.anliegen.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.Browser;
import de.anliegen.support.Portal;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The agent's inbox in the browser, looking for first responses missed (MissedFirstResponseBrowserIT). */
final class MissedInTheInbox {

    /** The portal's colour of a breach (anliegen.css, {@code .breach}). */
    private static final String RED = "rgba(164, 38, 44, 1)";

    private MissedInTheInbox() {}

    /**
     * The requests with the first subject still wait and show their due time in red; those with the second were
     * answered late and show "beantwortet" in red.
     */
    static void assertBothMarked(String waiting, String answeredLate) {
        try (var browser = Browser.open()) {
            var portal = Portal.signIn(browser, Portal.AGENT, Portal.AGENT_PASSWORD)
                    .go("/portal/inbox/index.xhtml?queue=all");
            portal.visible(By.id("inbox:search")).sendKeys("Frist verpasst");
            portal.clickable(By.id("inbox:find")).click();
            portal.until(page -> !rows(browser, waiting).isEmpty()
                    && !rows(browser, answeredLate).isEmpty());
            for (var row : rows(browser, waiting)) {
                var due = row.findElement(By.cssSelector("span[id$=':due']"));
                assertTrue(due.getText().matches(".*\\d{2}:\\d{2}.*"), "the due time: " + due.getText());
                assertMarked(due);
            }
            for (var row : rows(browser, answeredLate)) {
                var due = row.findElement(By.cssSelector("span[id$=':due']"));
                assertEquals("beantwortet", due.getText());
                assertMarked(due);
            }
            browser.screenshot("portal-inbox-missed-first-response");
        }
    }

    private static void assertMarked(WebElement due) {
        assertTrue(String.valueOf(due.getDomAttribute("class")).contains("breach"), due.getDomAttribute("class"));
        assertEquals(RED, due.getCssValue("color"));
    }

    /** The inbox's rows of requests with this subject. */
    private static List<WebElement> rows(Browser browser, String subject) {
        return browser.driver().findElements(By.cssSelector("[id='inbox:conversations'] tbody tr")).stream()
                .filter(row ->
                        !row.findElements(By.cssSelector("a[id$=':open']")).isEmpty())
                .filter(row -> row.findElement(By.cssSelector("a[id$=':open']"))
                        .getText()
                        .equals(subject))
                .toList();
    }
}
