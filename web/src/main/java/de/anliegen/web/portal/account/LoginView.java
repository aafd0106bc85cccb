package de.anliegen.web.portal.account;

import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.SecondFactorRequired;
import de.anliegen.identity.boundary.StaffRemembrance;
import de.anliegen.web.portal.PortalMessages;
import de.anliegen.web.security.AnliegenAuthentication;
import de.anliegen.web.security.AuthenticatorCode;
import de.anliegen.web.security.RememberCookie;
import de.anliegen.web.security.SignInTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/** The staff sign-in form: hands the credential to the application's authentication mechanism. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    PortalMessages messages;

    @Inject
    Clock clock;

    @Inject
    StaffRemembrance remembrance;

    private static final String CODE_FIELD = "login:code";

    private String email;
    private String password;
    private boolean rememberMe;
    private String code;
    private String next;

    public void signIn() throws IOException, ServletException {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getUserPrincipal() != null) {
            // a sign-in starts afresh: the container would otherwise take the session's sign-in for this one
            request.logout();
        }
        authenticate(new UsernamePasswordCredential(email, password));
    }

    /** The second step, for accounts with two factors: the code of the authenticator app. */
    public void verify() throws IOException {
        authenticate(new AuthenticatorCode(code));
    }

    /** Whether the password was right and the authenticator's code is awaited. */
    public boolean isCodeAwaited() {
        return AnliegenAuthentication.secondFactorPending(
                        (HttpServletRequest) faces.getExternalContext().getRequest(), clock.instant())
                .isPresent();
    }

    /**
     * A code sent after its sign-in waited too long for it: the form's second step is gone, so its action never ran and
     * the password's step comes back. It says why.
     */
    public void noticeExpiredCode() {
        if (faces.isPostback()
                && faces.getExternalContext().getRequestParameterMap().containsKey(CODE_FIELD)
                && faces.getMessageList().isEmpty()
                && !isCodeAwaited()) {
            messages.error("portal.login.code.expired");
        }
    }

    private void authenticate(Credential credential) throws IOException {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            if (rememberMe) {
                RememberCookie.set(
                        (HttpServletResponse) external.getResponse(),
                        remembrance.remember(request.getHeader("User-Agent")));
            }
            var agent = request.isUserInRole(Roles.AGENT) || request.isUserInRole(Roles.COMPANY_ADMIN);
            external.redirect(external.getRequestContextPath() + SignInTarget.after(next, agent));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            var refusal = AnliegenAuthentication.refusal(request);
            if (refusal.isPresent() && refusal.get().retryAfter().isPresent()) {
                messages.error(
                        "portal.login.locked",
                        PortalMessages.minutesUntil(refusal.get().retryAfter().get()));
            } else if (refusal.isPresent() && refusal.get().type().equals(SecondFactorRequired.TYPE)) {
                messages.info("portal.login.code.needed");
            } else if (refusal.isPresent() && refusal.get().type().equals("wrong-code")) {
                messages.error("portal.login.code.wrong");
            } else if (refusal.isPresent() && refusal.get().type().equals("company-suspended")) {
                messages.error("portal.login.suspended");
            } else {
                messages.error("portal.login.failed");
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The portal page a link led to before the sign-in, to go back to (checked by {@link SignInTarget}). */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isRememberMe() {
        return rememberMe;
    }

    public void setRememberMe(boolean rememberMe) {
        this.rememberMe = rememberMe;
    }
}
