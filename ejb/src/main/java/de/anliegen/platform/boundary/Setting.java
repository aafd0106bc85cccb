package de.anliegen.platform.boundary;

import java.util.Locale;

/**
 * Every setting an operator can give, with its environment variable and its default. A system property of the
 * same name in lower case with dots ({@code anliegen.mode}) wins over the environment variable
 * ({@code ANLIEGEN_MODE}). The README lists them.
 */
public enum Setting {
    /** {@code dev} or {@code production}; production unless said otherwise. */
    MODE("ANLIEGEN_MODE", "production"),
    /** Where people reach the product; used in links that leave the server (mails, SMS). */
    PUBLIC_URL("ANLIEGEN_PUBLIC_URL", "https://localhost:8443"),
    /** Seconds between two attempts to reach the database while it is down at start-up. */
    DATABASE_RETRY_SECONDS("ANLIEGEN_DATABASE_RETRY_SECONDS", "10"),
    /** PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP's figure). */
    PASSWORD_HASH_ITERATIONS("ANLIEGEN_PASSWORD_HASH_ITERATIONS", "600000"),
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
