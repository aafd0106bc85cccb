package de.anliegen.company.boundary;

import de.anliegen.identity.boundary.ConsumerId;

/**
 * A consumer is connecting with a company: connecting is consent to its answering their service requests, which
 * privacy's {@code Consents} records on hearing this, in the same transaction (a refusal there refuses the connection).
 */
public record Connecting(ConsumerId consumer) {}
