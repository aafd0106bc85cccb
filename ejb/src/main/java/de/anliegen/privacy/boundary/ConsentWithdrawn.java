package de.anliegen.privacy.boundary;

import de.anliegen.identity.boundary.ConsumerId;

/** A consumer withdrew a consent, fired in the transaction that records it: what depends on it stops at once. */
public record ConsentWithdrawn(ConsumerId consumer, Purpose purpose) {}
