package de.anliegen.identity.boundary;

/**
 * The consumer changed a detail of their own profile (a name, the e-mail address, the mobile number), in the
 * transaction that fires this: the audit trail keeps the old value beside the new one, as for an officer's
 * rectification, so that an erasure later finds the old value too in the texts it keeps (a data-subject case's notes).
 */
public record OwnDataChanged(ConsumerId consumer, String field, String oldValue, String newValue) {}
