package de.anliegen.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Settings settings = new Settings();

    @AfterEach
    void forget() {
        System.clearProperty("anliegen.mode");
        System.clearProperty("anliegen.database.retry.seconds");
    }

    @Test
    void production_is_the_mode_unless_dev_is_asked_for() {
        assertEquals("anliegen.mode", Setting.MODE.systemProperty());
        assertEquals(Mode.PRODUCTION, settings.mode());

        System.setProperty("anliegen.mode", "dev");
        assertEquals(Mode.DEV, settings.mode());
    }

    @Test
    void a_mistyped_mode_stops_the_start_with_a_clear_message() {
        System.setProperty("anliegen.mode", "develop");

        var failure = assertThrows(IllegalStateException.class, settings::mode);
        assertEquals("ANLIEGEN_MODE must be 'dev' or 'production', not 'develop'", failure.getMessage());
    }

    @Test
    void numbers_are_checked() {
        assertEquals(10, settings.getInt(Setting.DATABASE_RETRY_SECONDS));

        System.setProperty("anliegen.database.retry.seconds", "ten");
        var failure = assertThrows(IllegalStateException.class, () -> settings.getInt(Setting.DATABASE_RETRY_SECONDS));
        assertEquals("ANLIEGEN_DATABASE_RETRY_SECONDS must be a whole number, not 'ten'", failure.getMessage());
    }
}
