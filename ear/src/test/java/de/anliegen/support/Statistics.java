package de.anliegen.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;

/** What the operator reads of the first-party analytics: the platform admin's statistics page. */
public final class Statistics {

    private Statistics() {}

    /** Today's views per page (website pages and app screens), signed in once per browser. */
    public static Map<String, Long> viewsToday(Browser admin) {
        if (admin.driver().getCurrentUrl().startsWith("data:")) {
            Portal.signIn(admin, Portal.PLATFORM_ADMIN, Portal.PLATFORM_PASSWORD);
        }
        admin.go("/portal/platform/website.xhtml");
        var today = LocalDate.now(ZoneId.of("Europe/Berlin")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        var views = new HashMap<String, Long>();
        for (var row : admin.driver().findElements(By.cssSelector("[id='views_data'] tr"))) {
            var cells = row.findElements(By.tagName("td"));
            if (cells.size() == 4 && cells.get(0).getText().equals(today)) {
                views.put(cells.get(1).getText(), Long.valueOf(cells.get(2).getText()));
            }
        }
        assertFalse(admin.driver().findElements(By.id("viewCount")).isEmpty(), "the statistics page is shown");
        return views;
    }
}
