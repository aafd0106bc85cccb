package de.anliegen.platform.pictures;

import java.time.Instant;

/** A picture as stored (a profile picture, a company logo): re-encoded JPEG or PNG. */
public record Picture(String contentType, byte[] bytes, Instant updatedAt) {}
