package de.anliegen.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core (Deque's axe.min.js from Maven Central, pinned in the parent POM) in the page the browser shows and
 * answers what it finds serious or critical. The script goes in through WebDriver, not the page, so the page's CSP
 * stays as strict as it is.
 */
public final class Accessibility {

    private static final Set<String> GRAVE = Set.of("serious", "critical");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(result => done(JSON.stringify(result.violations)))
                .catch(error => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(error),
                        nodes: []}])));
            """;
    private static final String AXE = load();

    private Accessibility() {}

    /** The serious and critical problems of the page, one line each: rule, what it asks for, where. */
    public static List<String> graveProblems(Browser browser) {
        var driver = browser.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(AXE);
        var json = (String) driver.executeAsyncScript(RUN);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(violation -> GRAVE.contains(violation.getString("impact", "")))
                    .map(violation -> violation.getString("id") + " (" + violation.getString("impact") + "): "
                            + violation.getString("help") + " at "
                            + violation.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                                    .map(node -> String.valueOf(node.get("target")))
                                    .toList())
                    .toList();
        }
    }

    private static String load() {
        try (var in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
