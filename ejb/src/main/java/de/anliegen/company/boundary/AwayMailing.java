package de.anliegen.company.boundary;

import de.anliegen.identity.boundary.CompanyId;

/** A company whose assigned agents are mailed when a consumer's message waits so many minutes while no one is in. */
public record AwayMailing(CompanyId company, String companyName, int minutes) {}
