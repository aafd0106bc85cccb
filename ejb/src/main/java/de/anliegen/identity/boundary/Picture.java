package de.anliegen.identity.boundary;

import java.time.Instant;

/** A profile picture as stored: re-encoded JPEG or PNG. */
public record Picture(String contentType, byte[] bytes, Instant updatedAt) {}
