package de.anliegen.web.site;

import de.anliegen.identity.boundary.PasswordResets;
import de.anliegen.platform.problems.Gone;
import de.anliegen.platform.problems.Invalid;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ResourceBundle;

/** The page the reset mail links to: choose the new password. */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    @Inject
    PasswordResets resets;

    private String token;
    private String password;
    private boolean done;

    public void reset() {
        var faces = FacesContext.getCurrentInstance();
        var texts = ResourceBundle.getBundle(
                "de.anliegen.web.i18n.messages", faces.getViewRoot().getLocale());
        try {
            resets.reset(token == null ? "" : token, password);
            done = true;
        } catch (Invalid e) {
            faces.addMessage(
                    "reset:password",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString("site.reset.weak"), null));
        } catch (Gone e) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString("site.link.invalid"), null));
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

    public boolean isDone() {
        return done;
    }
}
