package de.anliegen.audit.boundary;

import de.anliegen.identity.boundary.ConsumerId;

/**
 * What a boundary tells the audit trail: what was done, for which purpose, to whose data ({@code consumer}, or null)
 * and which object, in answer to which data-subject case ({@code forCase}, or null). {@code detail} is the personal
 * part (old and new value of a rectification, for example); it is emptied when the consumer is erased.
 */
public record Audited(
        String action, String purpose, ConsumerId consumer, String objectRef, CaseId forCase, String detail) {

    public static final String SERVICE_REQUEST = "service-request";
    public static final String DATA_SUBJECT_REQUEST = "data-subject-request";
    public static final String CONSENT = "consent";
    public static final String RETENTION = "retention";
    public static final String ACCOUNTABILITY = "accountability";

    /**
     * The detail of a changed value, one form for an officer's rectification and the person's own change: the trail
     * shows it in words, and an erasure takes both values out of the texts it keeps ({@code lastName: Alt → Neu}).
     */
    public static String change(String field, Object before, Object after) {
        return field + ": " + before + " → " + after;
    }

    /** An agent's access to a consumer's data while working on a service request. */
    public static Audited serviceAccess(String action, ConsumerId consumer, String objectRef) {
        return new Audited(action, SERVICE_REQUEST, consumer, objectRef, null, null);
    }
}
