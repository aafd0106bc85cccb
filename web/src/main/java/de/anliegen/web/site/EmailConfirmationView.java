package de.anliegen.web.site;

import de.anliegen.identity.boundary.ConsumerEmail;
import de.anliegen.platform.problems.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page the confirmation mail links to: one button, so that a mail scanner following the link confirms nothing. */
@Named
@ViewScoped
public class EmailConfirmationView implements Serializable {

    @Inject
    ConsumerEmail email;

    private String token;
    private String confirmed;
    private boolean failed;

    public void confirm() {
        try {
            confirmed = email.confirm(token == null ? "" : token);
        } catch (ProblemException e) {
            failed = true;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getConfirmed() {
        return confirmed;
    }

    public boolean isFailed() {
        return failed;
    }
}
