package de.anliegen.company.boundary;

import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerId;

/**
 * A consumer's connection with a company ended, in the transaction that fires this: the company may no longer read
 * their profile, so components that keep copies of it for the company (its stream) withdraw them.
 */
public record Disconnected(ConsumerId consumer, CompanyId company) {}
