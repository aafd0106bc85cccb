package de.anliegen.privacy.control;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.identity.boundary.OwnDataChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A consumer's change of their own profile goes into the audit trail with its old and new value, as an officer's
 * rectification does: the person's export shows it, and an erasure takes the old value out of the texts it keeps
 * (a data-subject case's notes written under the old name) before it empties these details.
 */
@ApplicationScoped
public class OwnChangesAudited {

    public static final String CHANGED = "consumer.changed";

    @Inject
    AuditTrail audit;

    void record(@Observes OwnDataChanged changed) {
        // theirs also when it came by a link mailed to them, followed without signing in
        audit.recordBy(
                changed.consumer(),
                new Audited(
                        CHANGED,
                        Audited.ACCOUNTABILITY,
                        changed.consumer(),
                        "consumer:" + changed.consumer().value(),
                        null,
                        Audited.change(changed.field(), changed.oldValue(), changed.newValue())));
    }
}
