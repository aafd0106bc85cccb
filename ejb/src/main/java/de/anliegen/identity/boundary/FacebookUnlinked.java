package de.anliegen.identity.boundary;

/**
 * After unlinking Facebook: whether the consumer still needs a password of their own to sign in without their mobile
 * number, and how to get one.
 */
public record FacebookUnlinked(boolean passwordRequired, String detail) {}
