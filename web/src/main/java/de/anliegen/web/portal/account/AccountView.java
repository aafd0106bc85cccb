package de.anliegen.web.portal.account;

import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffRemembrance;
import de.anliegen.web.portal.PortalMessages;
import de.anliegen.web.security.RememberCookie;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/** The signed-in staff member: who they are, and signing out. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    FacesContext faces;

    @Inject
    StaffRemembrance remembrance;

    @Inject
    PortalMessages messages;

    private StaffAccountView account;

    @PostConstruct
    void load() {
        if (faces.getExternalContext().getUserPrincipal() != null) {
            account = staffAccounts.current();
        }
    }

    public StaffAccountView getAccount() {
        return account;
    }

    /** The roles in words of the page's language ("Kundenservice, Unternehmensverwaltung"). */
    public String getRoles() {
        return account.roles().stream()
                .map(role -> messages.text("role." + role))
                .collect(Collectors.joining(", "));
    }

    /** Signs out of this session and ends "stay signed in" in this browser. */
    public void signOut() throws ServletException, IOException {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        RememberCookie.of(request).ifPresent(remembrance::forget);
        RememberCookie.clear((HttpServletResponse) external.getResponse());
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/portal/login.xhtml");
        faces.responseComplete();
    }
}
