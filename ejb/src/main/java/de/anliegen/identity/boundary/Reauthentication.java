package de.anliegen.identity.boundary;

/**
 * Proof that it is really the consumer: the password, the id and code of an identity check by SMS, or a fresh
 * confirmation of the linked Facebook account (a code from Facebook's dialog, or a native app's token).
 */
public record Reauthentication(String password, String verificationId, String code, FacebookProof facebook) {}
