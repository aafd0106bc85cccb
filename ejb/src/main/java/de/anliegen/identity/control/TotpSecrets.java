package de.anliegen.identity.control;

import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.database.SchemaReady;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.KeyFiles;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Seals and opens the staff's TOTP secrets with the keys of the key file (ANLIEGEN_TOTP_KEY_FILE, {@link TotpKeys}).
 * Dev mode makes the file at its first start; production does not start without it. At every start, the secrets kept
 * in clear before sealing, or sealed with an older key, are sealed with the current one (README, "Two-factor keys").
 */
@Startup
@Singleton
@PermitAll
@Lock(LockType.READ)
public class TotpSecrets {

    private static final Logger LOG = Logger.getLogger(TotpSecrets.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private TotpKeys keys;

    @PostConstruct
    void load() {
        var file = keyFile();
        if (Files.notExists(file)) {
            if (!settings.isDev()) {
                var message = "Two-factor authentication: the key file " + file + " does not exist, so TOTP secrets"
                        + " cannot be sealed. Create it (README, \"Two-factor keys\") or set ANLIEGEN_TOTP_KEY_FILE."
                        + " Not starting.";
                LOG.severe(message);
                throw new IllegalStateException(message);
            }
            create(file);
        }
        keys = read(file);
        LOG.info(() -> "Two-factor authentication: TOTP secrets are sealed with key " + keys.current() + " of " + file);
    }

    /** The secret sealed for this account, to be stored. */
    public String seal(StaffAccount account, String secret) {
        return keys.seal(secret, account.id());
    }

    /** The account's secret in clear, to check a code with; one this server cannot open is a 503, and logged. */
    public String open(StaffAccount account) {
        try {
            return keys.open(account.sealedTotpSecret(), account.id());
        } catch (IllegalStateException e) {
            LOG.severe("Two-factor authentication: " + e.getMessage());
            throw new Unavailable("Your two-factor authentication cannot be checked: this server lacks its key. Please"
                    + " tell the operator.");
        }
    }

    /** Seals anew what is in clear or under an older key; a secret under a key no longer in the file is reported. */
    public void sealAnew(@Observes SchemaReady ready) {
        var sealed = 0;
        var unreadable = 0;
        for (var account : em.createNamedQuery(StaffAccount.WITH_TOTP_SECRET, StaffAccount.class)
                .getResultList()) {
            if (keys.isCurrent(account.sealedTotpSecret())) {
                continue;
            }
            try {
                account.resealTotp(seal(account, keys.open(account.sealedTotpSecret(), account.id())));
                sealed++;
            } catch (IllegalStateException e) {
                unreadable++;
                LOG.severe("Two-factor authentication: " + e.getMessage() + "; until the key is back in the file, this"
                        + " person cannot sign in with a code.");
            }
        }
        if (sealed > 0 || unreadable > 0) {
            var counts =
                    sealed + " TOTP secrets sealed anew with key " + keys.current() + ", " + unreadable + " unreadable";
            LOG.info(() -> "Two-factor authentication: " + counts + ".");
        }
    }

    private Path keyFile() {
        return settings.file(Setting.TOTP_KEY_FILE, "totp.keys");
    }

    private TotpKeys read(Path file) {
        return TotpKeys.parse(KeyFiles.read(file, LOG), file.toString());
    }

    private void create(Path file) {
        var id =
                "dev-" + DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(clock.getZone()));
        KeyFiles.create(
                file,
                "# Keys that seal the TOTP secrets (the first seals, all open); made by dev mode's first start\n"
                        + TotpKeys.newKeyLine(id) + "\n");
        LOG.info(() -> "Two-factor authentication: made the key file " + file + " (dev mode)");
    }
}
