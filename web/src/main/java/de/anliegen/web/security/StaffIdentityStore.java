package de.anliegen.web.security;

import de.anliegen.identity.boundary.StaffAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Staff sign in with e-mail address and password, checked against the staff accounts in the database. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffAccounts staffAccounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return staffAccounts
                .authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.email(), account.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
