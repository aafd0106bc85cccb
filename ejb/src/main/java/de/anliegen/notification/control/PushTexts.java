package de.anliegen.notification.control;

import jakarta.json.Json;

/**
 * What a notification says, as the app's service worker shows it: by default only which company answered; the
 * request's subject only on a device whose person chose previews. Never a message's text.
 */
public final class PushTexts {

    private PushTexts() {}

    /**
     * The payload (JSON: title, body, link, tag) for a device's choices; the tag is the link, so that a newer
     * notification of the same request replaces the older one.
     */
    public static String payload(String company, String subject, String link, boolean previews, String language) {
        var english = "en".equals(language);
        var body = previews
                ? (english ? "New answer to your request “" : "Neue Antwort auf Ihr Anliegen „")
                        + shortened(subject)
                        + (english ? "”" : "“")
                : (english ? "New answer from " : "Neue Antwort von ") + company;
        return Json.createObjectBuilder()
                .add("title", previews ? company : "Anliegen")
                .add("body", body)
                .add("link", link)
                .add("tag", link)
                .build()
                .toString();
    }

    private static String shortened(String subject) {
        return subject.codePointCount(0, subject.length()) <= 80
                ? subject
                : subject.substring(0, subject.offsetByCodePoints(0, 79)) + "…";
    }
}
