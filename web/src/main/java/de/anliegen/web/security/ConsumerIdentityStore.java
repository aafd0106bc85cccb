package de.anliegen.web.security;

import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.identity.boundary.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Consumers of the app are who their access token says, while the token is valid; their one role is CONSUMER. */
@ApplicationScoped
public class ConsumerIdentityStore implements IdentityStore {

    @Inject
    ConsumerSessions sessions;

    // the interface's default finds validate(AccessTokenCredential) by a method handle that cannot see our classes
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof AccessTokenCredential accessToken)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return sessions.authenticate(accessToken.token())
                .map(consumer -> new CredentialValidationResult(consumer.principalName(), Set.of(Roles.CONSUMER)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
