package de.anliegen.web.security;

import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.boundary.ProblemException;
import de.anliegen.web.api.Bearer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). The API below /api takes bearer access
 * tokens (of consumers, or of agents signed in to the API) and never looks at a session or cookie; the stream's
 * handshake may carry the token as {@code access_token}, since browsers cannot set headers on sockets. The portal signs staff in through its form ({@code SecurityContext.authenticate}) and keeps them
 * signed in with the HTTP session, whose id changes at sign-in.
 */
@ApplicationScoped
public class AnliegenAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/portal/login.xhtml";
    static final String STREAM = "/api/v1/stream";
    static final String RESOURCES = "/jakarta.faces.resource/";
    private static final String SIGNED_IN = SignedInStaff.class.getName();
    private static final String REFUSAL = AnliegenAuthentication.class.getName() + ".refusal";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return bearer(request, context);
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, context, credential);
        }
        var session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN) instanceof SignedInStaff staff
                && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            // every page asks afresh: a deactivated account or a changed password ends the session at once
            var account = staffAccounts.stillSignedIn(staff.name(), staff.signedInAt());
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(
                        staff.name(), account.get().roles());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The portal's sign-in form: the password is checked by the staff accounts, which count failures per address and
     * IP address. A refusal is kept in the request for the form to explain.
     */
    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        StaffAccountView account;
        try {
            account = staffAccounts.signIn(
                    credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr());
        } catch (ProblemException refused) {
            request.setAttribute(REFUSAL, refused);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        keepSignedIn(request, account.email(), clock.instant());
        return context.notifyContainerAboutLogin(account.email(), account.roles());
    }

    /** Why the sign-in of this request was refused, if it was. */
    public static java.util.Optional<ProblemException> refusal(HttpServletRequest request) {
        return request.getAttribute(REFUSAL) instanceof ProblemException refused
                ? java.util.Optional.of(refused)
                : java.util.Optional.empty();
    }

    /**
     * Keeps the staff member signed in with this session from {@code at}: after a password change of their own, the
     * session they changed it in holds on while every other ends.
     */
    public static void keepSignedIn(HttpServletRequest request, String email, Instant at) {
        request.getSession(true).setAttribute(SIGNED_IN, new SignedInStaff(email, at));
    }

    /**
     * A valid access token signs the consumer in. Without one the request goes on anonymously: resources that need a
     * consumer answer 401, with {@code error="invalid_token"} when a token came but was not valid (any more).
     */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
        var stream = request.getRequestURI().equals(request.getContextPath() + STREAM);
        var token = stream ? Bearer.token(request).or(() -> Bearer.queryToken(request)) : Bearer.token(request);
        var result = token.map(t -> identityStores.validate(new AccessTokenCredential(t)));
        if (result.isPresent() && result.get().getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result.get());
        }
        if (stream) {
            // a socket cannot be opened anonymously: the handshake ends here with 401
            context.getResponse().setHeader("WWW-Authenticate", "Bearer");
            return context.responseUnauthorized();
        }
        if (token.isPresent()) {
            Bearer.markInvalid(request);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Who is signed in to the portal in this session, since when. */
    record SignedInStaff(String name, Instant signedInAt) implements Serializable {}
}
