package de.anliegen.identity.boundary;

/**
 * Proof that it is really the consumer: the password, the id and code of an identity check by SMS, or a fresh access
 * token of the linked Facebook account.
 */
public record Reauthentication(String password, String verificationId, String code, String facebookAccessToken) {}
