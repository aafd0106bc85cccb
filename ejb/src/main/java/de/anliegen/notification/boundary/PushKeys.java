package de.anliegen.notification.boundary;

import de.anliegen.notification.control.EcKeys;
import de.anliegen.notification.control.Vapid;
import de.anliegen.platform.settings.KeyFiles;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's VAPID key pair (RFC 8292), which identifies this server to the browsers' push services, from the
 * key file ANLIEGEN_VAPID_KEY_FILE. Dev mode makes it at its first start. Without it, or with ANLIEGEN_WEB_PUSH=off,
 * the product sends no push notifications and the app offers none (README, "Push notifications").
 */
@Startup
@Singleton
@PermitAll
@Lock(LockType.READ)
public class PushKeys {

    private static final Logger LOG = Logger.getLogger(PushKeys.class.getName());

    @Inject
    Settings settings;

    private Vapid vapid;

    @PostConstruct
    void load() {
        if ("off".equalsIgnoreCase(settings.get(Setting.WEB_PUSH))) {
            LOG.info("Push notifications are off (ANLIEGEN_WEB_PUSH=off).");
            return;
        }
        var file = keyFile();
        if (Files.notExists(file)) {
            if (!settings.isDev()) {
                LOG.warning("Push notifications are off: the VAPID key file " + file + " does not exist (README,"
                        + " \"Push notifications\").");
                return;
            }
            create(file);
        }
        vapid = new Vapid(Vapid.parse(KeyFiles.read(file, LOG), file.toString()), settings.get(Setting.PUBLIC_URL));
        LOG.info(() -> "Push notifications: VAPID key " + vapid.publicKey() + " of " + file);
    }

    /** The server's identification, if it sends push notifications. */
    public Optional<Vapid> vapid() {
        return Optional.ofNullable(vapid);
    }

    private Path keyFile() {
        return settings.file(Setting.VAPID_KEY_FILE, "vapid.pem");
    }

    private static void create(Path file) {
        KeyFiles.create(file, Vapid.pem(EcKeys.generate()));
        LOG.info(() -> "Push notifications: made the VAPID key file " + file + " (dev mode)");
    }
}
