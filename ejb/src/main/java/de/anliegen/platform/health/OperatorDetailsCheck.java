package de.anliegen.platform.health;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * The imprint and the privacy notice name the operator and the data protection officer from the settings; their
 * defaults describe an example operator. In production every start says loudly which of them are still the example.
 */
@Startup
@Singleton
@PermitAll
public class OperatorDetailsCheck {

    static final List<Setting> DETAILS = List.of(
            Setting.OPERATOR_NAME,
            Setting.OPERATOR_ADDRESS,
            Setting.OPERATOR_EMAIL,
            Setting.OPERATOR_PHONE,
            Setting.OPERATOR_REPRESENTATIVE,
            Setting.OPERATOR_REGISTER,
            Setting.OPERATOR_VAT_ID,
            Setting.DPO_ADDRESS,
            Setting.DPO_EMAIL);
    private static final Logger LOG = Logger.getLogger(OperatorDetailsCheck.class.getName());

    @Inject
    Settings settings;

    @PostConstruct
    void check() {
        if (settings.isDev()) {
            return;
        }
        var examples = DETAILS.stream()
                .filter(setting -> settings.get(setting).equals(setting.defaultValue()))
                .map(Setting::environmentVariable)
                .toList();
        if (!examples.isEmpty()) {
            LOG.severe("The imprint and the privacy notice show the example operator: set "
                    + String.join(", ", examples) + " (README, \"Configuration\").");
        }
    }
}
