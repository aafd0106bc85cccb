package de.anliegen.privacy.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a consumer can consent to, each with the wording they see (German and English) and its version. A new wording
 * gets a new version; a consent counts for the version it was given to.
 */
public enum Purpose {
    /** Connecting with a company gives it; withdrawing it ends every connection at once. */
    SERVICE_REQUESTS(
            "service-requests",
            "2026-11-25",
            "Unternehmen, mit denen ich mich in Anliegen verbinde, dürfen meinen Namen, meine Mobilfunknummer und meine"
                    + " Nachrichten an sie verwenden, um meine Serviceanfragen zu beantworten.",
            "Companies I connect with in Anliegen may use my name, my mobile number and my messages to them to answer"
                    + " my service requests."),
    /** Optional: counting how the app and website are used, first-party and in Germany only. */
    PRODUCT_ANALYTICS(
            "product-analytics",
            "2026-11-25",
            "Anliegen darf auswerten, welche Seiten und Funktionen ich nutze, um das Produkt zu verbessern. Die Auswertung"
                    + " bleibt bei Anliegen in Deutschland.",
            "Anliegen may count which pages and features I use, to improve the product. The figures stay with Anliegen"
                    + " in Germany."),
    /** Optional, and without it nothing is ever sent to advertise. */
    MARKETING(
            "marketing",
            "2026-11-25",
            "Anliegen darf mich per E-Mail über neue Funktionen und Angebote informieren.",
            "Anliegen may e-mail me about new features and offers."),
    /** Optional: push notifications of answers to the devices where the consumer switched them on. */
    NOTIFICATIONS(
            "notifications",
            "2026-12-04",
            "Anliegen darf mir auf den Geräten, auf denen ich es einschalte, Benachrichtigungen über neue Antworten"
                    + " schicken. Sie laufen verschlüsselt über den Push-Dienst meines Browsers; der sieht nur, dass und"
                    + " wann eine Benachrichtigung kommt, nicht ihren Inhalt.",
            "Anliegen may send notifications of new answers to the devices where I switch them on. They travel"
                    + " encrypted through my browser's push service, which sees only that and when a notification"
                    + " comes, not what it says.");

    private final String key;
    private final String version;
    private final Map<String, String> wording;

    Purpose(String key, String version, String german, String english) {
        this.key = key;
        this.version = version;
        this.wording = Map.of("de", german, "en", english);
    }

    public String key() {
        return key;
    }

    /** The version of the wording consumers are shown now. */
    public String version() {
        return version;
    }

    public Map<String, String> wording() {
        return wording;
    }

    /** Every purpose's key, as the API names it. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Purpose::key).toList();
    }

    public static Optional<Purpose> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
