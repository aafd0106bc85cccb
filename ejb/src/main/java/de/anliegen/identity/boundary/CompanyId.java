package de.anliegen.identity.boundary;

/**
 * Which company, across components and layers. It is identity's, beside the staff accounts that belong to a company,
 * because the company component depends on identity and not the other way round.
 */
public record CompanyId(long value) {}
