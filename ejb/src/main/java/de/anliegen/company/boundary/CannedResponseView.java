package de.anliegen.company.boundary;

import de.anliegen.company.entity.CannedResponse;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canned response. Its text may name placeholders in braces: {@code {firstName}}, {@code {lastName}},
 * {@code {agentName}} and {@code {companyName}}; anything else in braces stays as written.
 */
public record CannedResponseView(
        @NotNull long id, @NotNull String title, @NotNull String text) implements Serializable {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String AGENT_NAME = "agentName";
    public static final String COMPANY_NAME = "companyName";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(firstName|lastName|agentName|companyName)}");

    static CannedResponseView of(CannedResponse response) {
        return new CannedResponseView(response.id(), response.title(), response.body());
    }

    /** The text with each placeholder replaced by its value (empty where a value is missing). */
    public String filledIn(Map<String, String> values) {
        return PLACEHOLDER
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
    }
}
