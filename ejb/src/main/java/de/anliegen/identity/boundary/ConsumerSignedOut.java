package de.anliegen.identity.boundary;

/**
 * One or more of a consumer's sign-ins ended (signing out, out everywhere, a new password), fired in the transaction
 * that ended them: what lives as long as a sign-in goes with it.
 */
public record ConsumerSignedOut(ConsumerId consumer) {}
