package de.anliegen.platform.health;

import de.anliegen.platform.control.Residency;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The promise that data stays in Germany, checked at every start: the operator names the hosting region and the hosts
 * the database may run on. A database elsewhere stops the deployment (ANLIEGEN_RESIDENCY_CHECK=refuse, the default)
 * or is warned about at every start (warn).
 */
@Startup
@Singleton
@PermitAll
public class ResidencyCheck {

    private static final Logger LOG = Logger.getLogger(ResidencyCheck.class.getName());

    @Inject
    Settings settings;

    /** Checks the settings as they are now; called at start and by the privacy notice's test. */
    @PostConstruct
    public void check() {
        var region = settings.get(Setting.HOSTING_REGION).strip();
        var hosts = Residency.databaseHosts(settings.get(Setting.DB_URL));
        var outside = Residency.outside(hosts, settings.get(Setting.DATABASE_HOSTS));
        var problems = new StringBuilder();
        if (!region.equalsIgnoreCase("DE")) {
            problems.append("the hosting region is ").append(region).append(", not DE (Germany); ");
        }
        if (!outside.isEmpty()) {
            problems.append("the database host ")
                    .append(String.join(", ", outside))
                    .append(" is not in ANLIEGEN_DATABASE_HOSTS (")
                    .append(settings.get(Setting.DATABASE_HOSTS))
                    .append("); ");
        }
        if (problems.isEmpty()) {
            LOG.info(() -> "Data residency: hosting region DE, database "
                    + (hosts.isEmpty() ? "embedded on this server" : "on " + String.join(", ", hosts)));
            return;
        }
        var message = "Data residency: " + problems + "the privacy notice promises that personal data stays in a German"
                + " data centre.";
        if ("warn".equalsIgnoreCase(settings.get(Setting.RESIDENCY_CHECK).strip())) {
            LOG.severe(message + " Starting anyway (ANLIEGEN_RESIDENCY_CHECK=warn).");
        } else {
            LOG.severe(message + " Not starting (ANLIEGEN_RESIDENCY_CHECK=refuse).");
            throw new IllegalStateException(message);
        }
    }
}
