package de.anliegen.web.portal.account;

import de.anliegen.identity.boundary.StaffTwoFactor;
import de.anliegen.identity.boundary.TotpSetup;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Setting up (and, where the role allows, turning off) two-factor authentication with an authenticator app. */
@Named
@ViewScoped
public class TwoFactorView implements Serializable {

    @Inject
    StaffTwoFactor twoFactor;

    @Inject
    PortalMessages messages;

    private boolean enabled;
    private boolean required;
    private TotpSetup setup;
    private String qrCode;
    private String code;
    private String password;

    @PostConstruct
    void load() {
        enabled = twoFactor.isEnabled();
        required = twoFactor.isRequired();
    }

    public void start() {
        setup = twoFactor.prepare();
        qrCode = QrCodes.dataUrl(setup.uri());
    }

    public void confirm() {
        try {
            twoFactor.enable(code);
            enabled = true;
            setup = null;
            qrCode = null;
            messages.info("portal.twoFactor.enabled");
        } catch (ProblemException e) {
            messages.problem(e, "twoFactor:code");
        }
        code = null;
    }

    public void disable() {
        try {
            twoFactor.disable(password);
            enabled = false;
            messages.info("portal.twoFactor.disabled");
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
        password = null;
    }

    /** The secret in groups of four, for typing into an app by hand. */
    public String getGroupedSecret() {
        return setup == null ? "" : setup.secret().replaceAll("(.{4})", "$1 ").strip();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isSettingUp() {
        return setup != null;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
