package de.anliegen.platform.settings;

import java.util.Locale;

/**
 * Every setting an operator can give, with its environment variable and its default. A system property of the
 * same name in lower case with dots ({@code anliegen.mode}) wins over the environment variable
 * ({@code ANLIEGEN_MODE}). The README lists them.
 */
public enum Setting {
    /** {@code dev} or {@code production}; production unless said otherwise. */
    MODE("ANLIEGEN_MODE", "production"),
    /** On a node of a cluster: every node's JGroups address, {@code host[port],host[port]} (cluster.cli, ADR 12). */
    CLUSTER_MEMBERS("ANLIEGEN_CLUSTER_MEMBERS", ""),
    /** On a node of a cluster: the cluster's name; nodes of another name never join. */
    CLUSTER_NAME("ANLIEGEN_CLUSTER_NAME", "anliegen"),
    /** Where people reach the product; used in links that leave the server (mails, SMS). */
    PUBLIC_URL("ANLIEGEN_PUBLIC_URL", "https://localhost:8443"),
    /** Seconds between two attempts to reach the database while it is down at start-up. */
    DATABASE_RETRY_SECONDS("ANLIEGEN_DATABASE_RETRY_SECONDS", "10"),
    /** PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP's figure). */
    PASSWORD_HASH_ITERATIONS("ANLIEGEN_PASSWORD_HASH_ITERATIONS", "600000"),
    /** Minutes a verification code sent by SMS stays valid. */
    CODE_VALID_MINUTES("ANLIEGEN_CODE_VALID_MINUTES", "10"),
    /** Wrong codes after which a registration is burnt and must be started again. */
    CODE_MAX_ATTEMPTS("ANLIEGEN_CODE_MAX_ATTEMPTS", "5"),
    /** Minutes to wait before the 1st, 2nd, 3rd, ... resend of a code; the last figure repeats. */
    CODE_RESEND_DELAYS_MINUTES("ANLIEGEN_CODE_RESEND_DELAYS_MINUTES", "1,2,5,10"),
    /** Codes sent to one mobile number within an hour, at most. */
    CODES_PER_NUMBER_PER_HOUR("ANLIEGEN_CODES_PER_NUMBER_PER_HOUR", "5"),
    /** Codes sent to one mobile number within 24 hours, at most, whatever registrations asked for them. */
    CODES_PER_NUMBER_PER_DAY("ANLIEGEN_CODES_PER_NUMBER_PER_DAY", "10"),
    /**
     * Minutes one mobile number waits after its 1st, 2nd, 3rd … code of the last 24 hours before it gets another,
     * from any registration; the last figure repeats.
     */
    NUMBER_CODE_WAITS_MINUTES("ANLIEGEN_NUMBER_CODE_WAITS_MINUTES", "0,0,5,15,30,60"),
    /** Wrong codes for one mobile number within 24 hours, over all its registrations, after which it is locked. */
    CODE_FAILURES_PER_NUMBER("ANLIEGEN_CODE_FAILURES_PER_NUMBER", "10"),
    /** Codes by SMS within 24 hours to all countries together, at most (the operator's budget). */
    SMS_PER_DAY("ANLIEGEN_SMS_PER_DAY", "5000"),
    /** The countries whose numbers get codes by SMS, each with its most codes within 24 hours. */
    SMS_COUNTRIES("ANLIEGEN_SMS_COUNTRIES", "DE:5000,AT:500,CH:500"),
    /** Codes requested from one IP address within an hour, at most. */
    CODES_PER_IP_PER_HOUR("ANLIEGEN_CODES_PER_IP_PER_HOUR", "20"),
    /** Failed password sign-ins for one account within 15 minutes, at most. */
    SIGN_IN_FAILURES_PER_LOGIN("ANLIEGEN_SIGN_IN_FAILURES_PER_LOGIN", "5"),
    /** Failed password sign-ins from one IP address within 15 minutes, at most. */
    SIGN_IN_FAILURES_PER_IP("ANLIEGEN_SIGN_IN_FAILURES_PER_IP", "30"),
    /** Minutes an access token of the app is valid. */
    ACCESS_TOKEN_MINUTES("ANLIEGEN_ACCESS_TOKEN_MINUTES", "15"),
    /** Days a refresh token of the app is valid (each refresh replaces it). */
    REFRESH_TOKEN_DAYS("ANLIEGEN_REFRESH_TOKEN_DAYS", "30"),
    /** Days an app stays signed in at most, however often it refreshes: then the person signs in again. */
    CONSUMER_SESSION_DAYS("ANLIEGEN_CONSUMER_SESSION_DAYS", "90"),
    /** Hours an agent's access token for the API is valid (no refresh: they sign in again). */
    STAFF_TOKEN_HOURS("ANLIEGEN_STAFF_TOKEN_HOURS", "8"),
    /** Hours a sign-in to the portal lasts at most, however active: then the staff member signs in again. */
    STAFF_SESSION_HOURS("ANLIEGEN_STAFF_SESSION_HOURS", "12"),
    /**
     * Hours after which a remembered browser of a platform admin or data protection officer asks for the
     * authenticator's code again.
     */
    STAFF_SECOND_FACTOR_HOURS("ANLIEGEN_STAFF_SECOND_FACTOR_HOURS", "24"),
    /**
     * The file with the keys that seal the staff's TOTP secrets (README, "Two-factor keys"); empty: {@code totp.keys}
     * in the server's data directory, which dev mode makes at its first start.
     */
    TOTP_KEY_FILE("ANLIEGEN_TOTP_KEY_FILE", ""),
    /** {@code off}: no push notifications at all, and the app offers none. */
    WEB_PUSH("ANLIEGEN_WEB_PUSH", "on"),
    /**
     * The operator's VAPID key pair for push notifications (README, "Push notifications"); empty: {@code vapid.pem}
     * in the server's data directory, which dev mode makes at its first start.
     */
    VAPID_KEY_FILE("ANLIEGEN_VAPID_KEY_FILE", ""),
    /**
     * Seconds between two checks of the open sockets: still signed in (else closed), still there (a socket not seen
     * for three checks no longer counts as an open app, and push notifications go out).
     */
    SOCKET_CHECK_SECONDS("ANLIEGEN_SOCKET_CHECK_SECONDS", "60"),
    /**
     * Days the streams keep their events, for apps and clients that reconnect: one whose cursor is older is told to
     * reload its conversations through the API.
     */
    STREAM_KEEP_DAYS("ANLIEGEN_STREAM_KEEP_DAYS", "30"),
    /** HTTPS address of the SMS provider's send endpoint (production); empty: SMS cannot be sent. */
    SMS_GATEWAY_URL("SMS_GATEWAY_URL", ""),
    /** User and password for HTTP basic authentication at the SMS provider, if it wants them. */
    SMS_GATEWAY_USER("SMS_GATEWAY_USER", ""),
    SMS_GATEWAY_PASSWORD("SMS_GATEWAY_PASSWORD", ""),
    /** Content type of the request to the SMS provider. */
    SMS_GATEWAY_CONTENT_TYPE("SMS_GATEWAY_CONTENT_TYPE", "application/json"),
    /** Body of the request to the SMS provider; {to} and {text} are replaced, escaped for the content type. */
    SMS_GATEWAY_TEMPLATE("SMS_GATEWAY_TEMPLATE", "{\"to\":\"{to}\",\"text\":\"{text}\"}"),
    /** The operator's Facebook app: without an id, Facebook sign-in is not offered. */
    FACEBOOK_APP_ID("FACEBOOK_APP_ID", ""),
    FACEBOOK_APP_SECRET("FACEBOOK_APP_SECRET", ""),
    /** Base address of Facebook's Graph API, with its version. */
    FACEBOOK_GRAPH_URL("FACEBOOK_GRAPH_URL", "https://graph.facebook.com/v21.0"),
    /** Facebook's login dialog, where an app without Facebook's script sends the person (redirect flow). */
    FACEBOOK_DIALOG_URL("FACEBOOK_DIALOG_URL", "https://www.facebook.com/v21.0/dialog/oauth"),
    /**
     * Path of an IP-to-location database on the server (CSV in DB-IP's lite layout, country or city edition); empty:
     * the usage log's locations are "unknown". Never a lookup service.
     */
    IP_LOCATION_CSV("ANLIEGEN_IP_LOCATION_CSV", ""),
    /** Days after which the usage log keeps only the network of an IP address (IPv4 /24, IPv6 /48). */
    USAGE_SHORTEN_IP_DAYS("ANLIEGEN_USAGE_SHORTEN_IP_DAYS", "7"),
    /** Days after which usage records are deleted. */
    USAGE_KEEP_DAYS("ANLIEGEN_USAGE_KEEP_DAYS", "90"),
    /** Country of the data centre the product runs in (ISO 3166 code); the privacy notice promises DE. */
    HOSTING_REGION("ANLIEGEN_HOSTING_REGION", "DE"),
    /**
     * The database's JDBC URL, as the server uses it to connect (the datasource reads it itself); read here only to
     * check where the database is. Empty: the embedded H2 file database.
     */
    DB_URL("DB_URL", ""),
    /** Hosts the database may run on (names or addresses, "*.example.de" for a domain), comma-separated. */
    DATABASE_HOSTS("ANLIEGEN_DATABASE_HOSTS", "localhost,127.0.0.1,::1,db"),
    /** {@code refuse}: a region other than DE or a database host outside the list stops the start; {@code warn}. */
    RESIDENCY_CHECK("ANLIEGEN_RESIDENCY_CHECK", "refuse"),
    /** Days after which the public website's page views (first-party analytics) are deleted. */
    ANALYTICS_KEEP_DAYS("ANLIEGEN_ANALYTICS_KEEP_DAYS", "400"),
    /** The operator as the imprint and the privacy notice name them: company name and legal form. */
    OPERATOR_NAME("ANLIEGEN_OPERATOR_NAME", "Anliegen GmbH (example operator)"),
    /** Postal address, lines separated by "|". */
    OPERATOR_ADDRESS("ANLIEGEN_OPERATOR_ADDRESS", "Musterstraße 1|70173 Stuttgart|Deutschland"),
    OPERATOR_EMAIL("ANLIEGEN_OPERATOR_EMAIL", "kontakt@anliegen.example"),
    OPERATOR_PHONE("ANLIEGEN_OPERATOR_PHONE", "+49 711 000000"),
    /** Who represents the operator (managing directors). */
    OPERATOR_REPRESENTATIVE("ANLIEGEN_OPERATOR_REPRESENTATIVE", "Erika Beispiel"),
    /** Commercial register and number. */
    OPERATOR_REGISTER("ANLIEGEN_OPERATOR_REGISTER", "Amtsgericht Stuttgart, HRB 000000"),
    OPERATOR_VAT_ID("ANLIEGEN_OPERATOR_VAT_ID", "DE000000000"),
    /** The data protection officer's postal address (written requests go there), lines separated by "|". */
    DPO_ADDRESS("ANLIEGEN_DPO_ADDRESS", "Datenschutzbeauftragte|Anliegen GmbH|Musterstraße 1|70173 Stuttgart"),
    DPO_EMAIL("ANLIEGEN_DPO_EMAIL", "datenschutz@anliegen.example"),
    /** The data protection supervisory authority responsible for the operator. */
    SUPERVISORY_AUTHORITY(
            "ANLIEGEN_SUPERVISORY_AUTHORITY",
            "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg, Lautenschlagerstraße 20, 70173 Stuttgart"),
    /** Sender address of the product's e-mail. */
    MAIL_FROM("ANLIEGEN_MAIL_FROM", "Anliegen <no-reply@localhost>");

    private final String environmentVariable;
    private final String defaultValue;

    Setting(String environmentVariable, String defaultValue) {
        this.environmentVariable = environmentVariable;
        this.defaultValue = defaultValue;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public String systemProperty() {
        return environmentVariable.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public String defaultValue() {
        return defaultValue;
    }
}
