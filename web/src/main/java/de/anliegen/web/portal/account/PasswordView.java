package de.anliegen.web.portal.account;

import de.anliegen.identity.boundary.StaffPasswords;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Choosing a password from the link of an invitation or of "forgot password". */
@Named
@ViewScoped
public class PasswordView implements Serializable {

    @Inject
    StaffPasswords staffPasswords;

    @Inject
    PortalMessages messages;

    private String token;
    private String password;

    public void save() throws IOException {
        try {
            var email = staffPasswords.choose(token, password);
            var faces = FacesContext.getCurrentInstance();
            var external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/portal/login.xhtml?chosen=true&email="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8));
            faces.responseComplete();
        } catch (ProblemException e) {
            messages.problem(e, e.type().equals("link-invalid") ? null : "password:password");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
