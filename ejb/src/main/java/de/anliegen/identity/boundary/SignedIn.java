package de.anliegen.identity.boundary;

/** The result of a verified registration: who signed in, their tokens, and whether the account is new. */
public record SignedIn(ConsumerView consumer, Tokens tokens, boolean newConsumer) {}
