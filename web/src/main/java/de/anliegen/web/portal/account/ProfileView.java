package de.anliegen.web.portal.account;

import de.anliegen.identity.boundary.RememberedDevice;
import de.anliegen.identity.boundary.RememberedDeviceId;
import de.anliegen.identity.boundary.StaffPasswords;
import de.anliegen.identity.boundary.StaffRemembrance;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import de.anliegen.web.security.SignedInSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The staff member's own account: the password, and the browsers that keep them signed in. */
@Named
@RequestScoped
public class ProfileView {

    @Inject
    StaffPasswords staffPasswords;

    @Inject
    PortalMessages messages;

    @Inject
    FacesContext faces;

    @Inject
    StaffRemembrance remembrance;

    @Inject
    SignedInSessions signedInSessions;

    private String currentPassword;
    private String newPassword;
    private List<RememberedDevice> devices;

    /** Changes the password; every other sign-in ends, this session goes on. */
    public void changePassword() {
        try {
            signedInSessions.keepSignedInAcross(
                    (HttpServletRequest) faces.getExternalContext().getRequest(),
                    () -> staffPasswords.change(currentPassword, newPassword));
            messages.info("portal.account.password.changed");
        } catch (ProblemException e) {
            messages.problem(e, e.type().equals("wrong-password") ? "password:current" : "password:new");
        }
    }

    /** The browsers that keep this staff member signed in ("stay signed in"). */
    public List<RememberedDevice> getDevices() {
        if (devices == null) {
            devices = remembrance.mine();
        }
        return devices;
    }

    /**
     * Revokes the device the row showed, named by its id in the request: the list read again for this request may have
     * changed meanwhile (another tab revoked one, another browser was remembered), and a row's place with it.
     */
    public void revoke() {
        var id = faces.getExternalContext().getRequestParameterMap().get("device");
        if (id != null && id.matches("\\d{1,18}")) {
            remembrance.revoke(new RememberedDeviceId(Long.parseLong(id)));
        }
        devices = null;
        messages.info("portal.account.devices.revoked");
    }

    public void revokeAll() {
        remembrance.revokeAll();
        devices = null;
        messages.info("portal.account.devices.revoked");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
