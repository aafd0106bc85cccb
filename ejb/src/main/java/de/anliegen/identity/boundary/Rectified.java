package de.anliegen.identity.boundary;

/** A profile field the data protection officer corrected, with its old and new value (for the audit trail). */
public record Rectified(String field, String oldValue, String newValue) {}
