package de.anliegen.identity.control;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/** Slow, salted password hashes: PBKDF2-HMAC-SHA256 with the configured number of iterations (OWASP: 600,000). */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    Settings settings;

    private String unusable;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.getInt(Setting.PASSWORD_HASH_ITERATIONS)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        unusable = pbkdf2.generate(UUID.randomUUID().toString().toCharArray());
    }

    /** A hash no password matches, to spend the same time when there is nothing to compare with. */
    public String unusable() {
        return unusable;
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /** Whether a stored hash was made with fewer iterations than now configured, and should be made anew. */
    public boolean isOutdated(String hash) {
        // Soteria's format: algorithm:iterations:salt:hash
        var parts = hash.split(":");
        return parts.length != 4 || Integer.parseInt(parts[1]) < settings.getInt(Setting.PASSWORD_HASH_ITERATIONS);
    }
}
