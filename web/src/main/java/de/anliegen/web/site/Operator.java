package de.anliegen.web.site;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The operator's facts for the imprint and the privacy notice, as configured (README, "Configuration"). */
@Named
@RequestScoped
public class Operator {

    @Inject
    Settings settings;

    public String getName() {
        return settings.get(Setting.OPERATOR_NAME);
    }

    public List<String> getAddress() {
        return lines(Setting.OPERATOR_ADDRESS);
    }

    public String getEmail() {
        return settings.get(Setting.OPERATOR_EMAIL);
    }

    public String getPhone() {
        return settings.get(Setting.OPERATOR_PHONE);
    }

    public String getRepresentative() {
        return settings.get(Setting.OPERATOR_REPRESENTATIVE);
    }

    public String getRegister() {
        return settings.get(Setting.OPERATOR_REGISTER);
    }

    public String getVatId() {
        return settings.get(Setting.OPERATOR_VAT_ID);
    }

    public List<String> getDpoAddress() {
        return lines(Setting.DPO_ADDRESS);
    }

    public String getDpoEmail() {
        return settings.get(Setting.DPO_EMAIL);
    }

    public String getSupervisoryAuthority() {
        return settings.get(Setting.SUPERVISORY_AUTHORITY);
    }

    public int getUsageShortenIpDays() {
        return settings.getInt(Setting.USAGE_SHORTEN_IP_DAYS);
    }

    public int getUsageKeepDays() {
        return settings.getInt(Setting.USAGE_KEEP_DAYS);
    }

    public int getAnalyticsKeepDays() {
        return settings.getInt(Setting.ANALYTICS_KEEP_DAYS);
    }

    public int getRefreshTokenDays() {
        return settings.getInt(Setting.REFRESH_TOKEN_DAYS);
    }

    private List<String> lines(Setting setting) {
        return Arrays.stream(settings.get(setting).split("\\|"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
