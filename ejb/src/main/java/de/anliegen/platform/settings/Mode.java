package de.anliegen.platform.settings;

import java.util.Locale;

/** Dev mode adds demo data and the dev outbox; production mode has neither. Chosen once, at boot. */
public enum Mode {
    DEV,
    PRODUCTION;

    static Mode parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "dev", "development" -> DEV;
            case "prod", "production" -> PRODUCTION;
            default ->
                throw new IllegalStateException("ANLIEGEN_MODE must be 'dev' or 'production', not '" + value + "'");
        };
    }
}
