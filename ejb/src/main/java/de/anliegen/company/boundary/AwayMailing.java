package de.anliegen.company.boundary;

/** A company whose assigned agents are mailed when a consumer's message waits so many minutes while no one is in. */
public record AwayMailing(long companyId, String companyName, int minutes) {}
