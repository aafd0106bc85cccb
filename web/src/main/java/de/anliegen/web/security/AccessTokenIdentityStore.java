package de.anliegen.web.security;

import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.SignedInTokens;
import de.anliegen.identity.boundary.StaffSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Callers of the API are who their access token says, while it is valid: a consumer of the app (role CONSUMER), or an
 * agent or company admin signed in to the API (their staff roles; the principal is their e-mail address as in the
 * portal). Staff tokens carry a prefix, so that each token is looked up only among its own kind.
 */
@ApplicationScoped
public class AccessTokenIdentityStore implements IdentityStore {

    @Inject
    ConsumerSessions consumerSessions;

    @Inject
    StaffSessions staffSessions;

    @Inject
    SignedInTokens signedIn;

    // the interface's default finds validate(AccessTokenCredential) by a method handle that cannot see our classes
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof AccessTokenCredential accessToken)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (accessToken.token().startsWith(StaffSessions.TOKEN_PREFIX)) {
            return staffSessions
                    .authenticate(accessToken.token())
                    .map(staff -> new CredentialValidationResult(staff.email(), staff.roles()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        // a token found valid lately is let in without the database (ADR 27)
        var remembered = signedIn.consumerOf(accessToken.token());
        if (remembered.isPresent()) {
            return new CredentialValidationResult(remembered.get().principalName(), Set.of(Roles.CONSUMER));
        }
        return consumerSessions
                .authenticate(accessToken.token())
                .map(consumer -> new CredentialValidationResult(consumer.principalName(), Set.of(Roles.CONSUMER)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
