package de.anliegen.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacebookGraphTest {

    @AfterEach
    void forget() {
        System.clearProperty(Setting.FACEBOOK_APP_SECRET.systemProperty());
    }

    @Test
    void the_appsecret_proof_is_the_tokens_hmac_under_the_app_secret_in_hex() {
        System.setProperty(Setting.FACEBOOK_APP_SECRET.systemProperty(), "test-app-secret");
        var graph = new FacebookGraph();
        graph.settings = new Settings();

        // the key is the secret and the message the token, as Facebook computes it (not the other way round)
        assertEquals("28956c760bf088edd2a8bae1e39f7f03f5b1798f01ecc35c422e38f84224154f", graph.proof("EAAGexample"));
    }
}
