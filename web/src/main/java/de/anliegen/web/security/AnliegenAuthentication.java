package de.anliegen.web.security;

import de.anliegen.web.api.Bearer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Set;

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
    private static final String SIGNED_IN = SignedInStaff.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return bearer(request, context);
        }
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            var result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            var staff = new SignedInStaff(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession(true).setAttribute(SIGNED_IN, staff);
            return context.notifyContainerAboutLogin(staff.name(), staff.roles());
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInStaff staff) {
            return context.notifyContainerAboutLogin(staff.name(), staff.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
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

    /** Who is signed in to the portal in this session. */
    record SignedInStaff(String name, Set<String> roles) implements Serializable {}
}
