package de.anliegen.privacy.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The screens of the app that product analytics counts, each under the page it is counted as beside the website's
 * pages: a pattern, never the id of a request or a company, so that a count says what is used, not by whom or about
 * what.
 */
public enum AppScreen {
    CONVERSATIONS("conversations", "/app#/conversations"),
    CONVERSATION("conversation", "/app#/conversations/{id}"),
    NEW_REQUEST("new-request", "/app#/conversations/new"),
    COMPANIES("companies", "/app#/companies"),
    COMPANY("company", "/app#/companies/{handle}"),
    ACCOUNT("account", "/app#/account");

    private final String key;
    private final String page;

    AppScreen(String key, String page) {
        this.key = key;
        this.page = page;
    }

    /** The screen's name in the API. */
    public String key() {
        return key;
    }

    /** The page it is counted as. */
    public String page() {
        return page;
    }

    public static Optional<AppScreen> of(String key) {
        return Arrays.stream(values()).filter(screen -> screen.key.equals(key)).findFirst();
    }
}
