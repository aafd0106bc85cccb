package de.anliegen.web.security;

import de.anliegen.identity.boundary.PortalSignIn;
import de.anliegen.identity.boundary.SecondFactorRequired;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffRemembrance;
import de.anliegen.platform.problems.ProblemException;
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
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). The API below /api takes bearer access
 * tokens (of consumers, or of agents signed in to the API) and never looks at a session or cookie; the stream's
 * handshake may carry the token as a subprotocol ({@code bearer.<token>}), since browsers cannot set headers on
 * sockets, never in the address. The portal signs staff in through its form ({@code SecurityContext.authenticate}) and keeps them
 * signed in with the HTTP session, whose id changes at every sign-in (with the form, the second factor or a remembered
 * browser's cookie).
 */
@ApplicationScoped
public class AnliegenAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/portal/login.xhtml";
    static final String STREAM = "/api/v1/stream";
    static final String RESOURCES = "/jakarta.faces.resource/";
    static final String PORTAL = "/portal/";
    static final String TWO_FACTOR_PAGE = "/portal/two-factor.xhtml";
    private static final Duration SECOND_FACTOR_WAITS = Duration.ofMinutes(5);
    private static final String SECOND_FACTOR = PendingSecondFactor.class.getName();
    static final String SIGNED_IN = SignedInStaff.class.getName();
    private static final String REFUSAL = AnliegenAuthentication.class.getName() + ".refusal";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    StaffRemembrance remembrance;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return bearer(request, context);
        }
        var credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(
                    request,
                    context,
                    password.getCaller(),
                    () -> staffAccounts.signIn(
                            password.getCaller(), password.getPassword().getValue(), request.getRemoteAddr()));
        }
        if (credential instanceof AuthenticatorCode code) {
            var pending = secondFactorPending(request, clock.instant());
            if (pending.isEmpty()) {
                request.setAttribute(REFUSAL, new SecondFactorRequired());
                return AuthenticationStatus.SEND_FAILURE;
            }
            var status = signIn(
                    request,
                    context,
                    pending.get(),
                    () -> staffAccounts.signInWithCode(pending.get(), code.code(), request.getRemoteAddr()));
            if (status == AuthenticationStatus.SUCCESS) {
                RememberCookie.of(request).ifPresent(remembrance::secondFactorProven);
            }
            return status;
        }
        var session = request.getSession(false);
        if (session != null
                && Sessions.attribute(session, SIGNED_IN).orElse(null) instanceof SignedInStaff staff
                && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            // every page asks afresh: a deactivated account or a changed password ends the session at once
            var signedIn = staffAccounts.hereWhileSignedIn(staff.name(), staff.signedInAt());
            if (signedIn.isPresent()) {
                return admit(request, context, signedIn.get());
            }
            Sessions.end(session);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + PORTAL)
                && secondFactorPending(request, clock.instant()).isEmpty()) {
            var remembered = RememberCookie.of(request).map(remembrance::signIn);
            if (remembered.isPresent() && remembered.get().isPresent()) {
                var signedIn = remembered.get().get();
                RememberCookie.set(response, signedIn.cookie());
                if (session != null) {
                    // a session from before the sign-in may have been planted: it must not become the signed-in one
                    Sessions.changeId(request);
                }
                var email = signedIn.signIn().account().email();
                if (signedIn.secondFactorDue()) {
                    // the sign-in page asks for the authenticator's code, as after the password
                    request.getSession(true)
                            .setAttribute(SECOND_FACTOR, new PendingSecondFactor(email, clock.instant()));
                    return context.isProtected()
                            ? context.redirect(request.getContextPath() + LOGIN_PAGE + SignInTarget.queryFor(request))
                            : context.doNothing();
                }
                keepSignedIn(request, email, clock.instant());
                if (PartialResponses.isAjax(request)) {
                    // the page's view was kept in the session that ended: the page is opened afresh in the new one
                    return PartialResponses.redirect(
                            response,
                            request.getContextPath()
                                    + SignInTarget.pageShown(request).orElse(PORTAL));
                }
                return admit(request, context, signedIn.signIn());
            }
            if (remembered.isPresent()) {
                RememberCookie.clear(response);
            }
        }
        if (context.isProtected()) {
            if (PartialResponses.isAjax(request)) {
                // a page left open until its session ended: a redirect the page's script follows, not the sign-in
                // page's HTML as the answer of its request, which it cannot read and drops without a word
                return PartialResponses.redirect(
                        response, request.getContextPath() + LOGIN_PAGE + SignInTarget.queryForEnded(request));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + SignInTarget.queryFor(request));
        }
        return context.doNothing();
    }

    /**
     * The portal's sign-in form: the password is checked by the staff accounts, which count failures per address and
     * IP address. A refusal is kept in the request for the form to explain.
     */
    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, String email, Supplier<PortalSignIn> check) {
        PortalSignIn signedIn;
        try {
            signedIn = check.get();
        } catch (SecondFactorRequired passwordRight) {
            request.getSession(true).setAttribute(SECOND_FACTOR, new PendingSecondFactor(email, clock.instant()));
            request.setAttribute(REFUSAL, passwordRight);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (ProblemException refused) {
            request.setAttribute(REFUSAL, refused);
            return AuthenticationStatus.SEND_FAILURE;
        }
        var session = request.getSession(false);
        if (session != null) {
            Sessions.forget(session, SECOND_FACTOR);
            Sessions.changeId(request);
        }
        keepSignedIn(request, signedIn.account().email(), clock.instant());
        return context.notifyContainerAboutLogin(
                signedIn.account().email(), signedIn.account().roles());
    }

    /**
     * Lets a signed-in staff member in; while their role requires two factors they have not set up, nothing but the
     * setup page (and signing out) is open to them.
     */
    private AuthenticationStatus admit(HttpServletRequest request, HttpMessageContext context, PortalSignIn signedIn) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (signedIn.twoFactorSetupNeeded() && context.isProtected() && !path.equals(TWO_FACTOR_PAGE)) {
            return context.redirect(request.getContextPath() + TWO_FACTOR_PAGE);
        }
        return context.notifyContainerAboutLogin(
                signedIn.account().email(), signedIn.account().roles());
    }

    /** The address whose password was right moments ago, while the sign-in waits for the authenticator's code. */
    public static Optional<String> secondFactorPending(HttpServletRequest request, Instant now) {
        var session = request.getSession(false);
        if (Sessions.attribute(session, SECOND_FACTOR).orElse(null) instanceof PendingSecondFactor pending) {
            if (pending.since().isAfter(now.minus(SECOND_FACTOR_WAITS))) {
                return Optional.of(pending.email());
            }
            Sessions.forget(session, SECOND_FACTOR);
        }
        return Optional.empty();
    }

    /** Why the sign-in of this request was refused, if it was. */
    public static Optional<ProblemException> refusal(HttpServletRequest request) {
        return request.getAttribute(REFUSAL) instanceof ProblemException refused
                ? Optional.of(refused)
                : Optional.empty();
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
        var token = stream ? Bearer.token(request).or(() -> Bearer.protocolToken(request)) : Bearer.token(request);
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
        Sessions.end(request.getSession(false));
    }

    /** Who is signed in to the portal with this session, and since when; empty if no one. */
    public static Optional<SignedInStaff> signedInStaff(HttpSession session) {
        return Sessions.attribute(session, SIGNED_IN)
                .filter(SignedInStaff.class::isInstance)
                .map(SignedInStaff.class::cast);
    }

    /** Who is signed in to the portal in this session, since when. */
    public record SignedInStaff(String name, Instant signedInAt) implements Serializable {}

    /** Whose password was right, and when: the sign-in waits for their authenticator's code. */
    record PendingSecondFactor(String email, Instant since) implements Serializable {}
}
