package de.anliegen.privacy.boundary;

/** Which written request of a data subject, across components and layers: a case's number. */
public record CaseId(long value) {}
