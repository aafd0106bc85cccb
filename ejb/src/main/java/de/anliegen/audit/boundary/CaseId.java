package de.anliegen.audit.boundary;

/**
 * Which written request of a data subject, across components and layers: a case's number. It is the audit trail's,
 * which files what was done in answer to a case, because privacy, which keeps the cases, depends on audit.
 */
public record CaseId(long value) {}
