package de.anliegen.identity.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A browser that keeps its staff member signed in, as they see it on their profile page. */
public record RememberedDevice(long id, String device, Instant createdAt, Instant lastUsedAt, Instant expiresAt)
        implements Serializable {}
