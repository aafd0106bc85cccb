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

    /**
     * The e-mail to this address that the action makes the product send: mails such as "forgot password" go out after
     * the answer, so this waits up to 10 s for one more mail to the address than before the action.
     */
    public static JsonObject nextTo(String address, Runnable action) {
        var before = countTo(address);
        action.run();
        for (var i = 0; i < 100 && countTo(address) == before; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return newestTo(address);
    }

    private static long countTo(String address) {
        return Api.get("/api/dev/outbox?limit=200").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("channel").equals("EMAIL")
                        && entry.getString("recipient").equals(address))
                .count();
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
