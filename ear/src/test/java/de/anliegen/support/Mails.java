package de.anliegen.support;

import jakarta.json.JsonObject;
import java.util.regex.Pattern;

/** The links in the product's e-mails, read from the dev outbox. */
public final class Mails {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private Mails() {}

    /** The newest e-mail to this address in the dev outbox. */
    public static JsonObject newestTo(String address) {
        for (var entry : Api.get("/api/dev/outbox?limit=200").jsonArray().getValuesAs(JsonObject.class)) {
            if (entry.getString("channel").equals("EMAIL")
                    && entry.getString("recipient").equals(address)) {
                return entry;
            }
        }
        throw new AssertionError("no e-mail to " + address + " in the dev outbox");
    }

    /** The token of the link in a mail text. */
    public static String tokenIn(String text) {
        var matcher = TOKEN.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link with a token in: " + text);
        }
        return matcher.group(1);
    }

    public static boolean anyTo(String address) {
        return Api.get("/api/dev/outbox?limit=200").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(entry -> entry.getString("recipient").equals(address));
    }
}
