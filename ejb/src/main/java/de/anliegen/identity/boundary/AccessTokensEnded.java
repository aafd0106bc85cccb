package de.anliegen.identity.boundary;

/**
 * Access tokens of a consumer stopped being valid (a sign-out, a refresh that replaced one, a session ended for a
 * reused refresh token, the account's erasure), fired in the transaction that ended them: no node may let them in once
 * it has committed (ADR 27).
 */
public record AccessTokensEnded(ConsumerId consumer) {}
