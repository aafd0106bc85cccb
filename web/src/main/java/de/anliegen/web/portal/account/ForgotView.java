package de.anliegen.web.portal.account;

import de.anliegen.identity.boundary.StaffPasswords;
import de.anliegen.web.portal.PortalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Forgot password": asks for a link by e-mail; the answer is the same for every address. */
@Named
@RequestScoped
public class ForgotView {

    @Inject
    StaffPasswords staffPasswords;

    @Inject
    PortalMessages messages;

    private String email;
    private boolean sent;

    public void send() {
        staffPasswords.forgot(email);
        sent = true;
        messages.info("portal.forgot.sent");
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
