package de.anliegen.identity.boundary;

import java.time.Instant;

/** An e-mail address waiting for its confirmation: the link went to it and works until {@code confirmBy}. */
public record EmailChange(String email, Instant confirmBy) {}
