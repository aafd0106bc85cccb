package de.anliegen.company.boundary;

/** Which canned response of a company, across layers. */
public record CannedResponseId(long value) {}
