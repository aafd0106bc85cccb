package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.audit.boundary.CaseId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.ConsumerProfile;
import de.anliegen.identity.boundary.PersonalData;
import de.anliegen.identity.boundary.Reauthentication;
import de.anliegen.identity.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;

/**
 * Erases a consumer: every holder of personal data deletes or unlinks what it holds, in one transaction, the profile
 * last. What stays (audit entries, consent decisions, the data-subject case) names no one: a test scans every table.
 */
@Stateless
public class Erasure {

    public static final String ERASED = "consumer.erased";

    private static final Logger LOG = Logger.getLogger(Erasure.class.getName());

    @Inject
    @Any
    Instance<PersonalData> holders;

    @Inject
    AuditTrail audit;

    @Inject
    ConsumerProfile profile;

    /** The consumer deletes their own profile, once they have proved who they are (identity's ConsumerProfile). */
    @RolesAllowed(Roles.CONSUMER)
    public void mine(ConsumerId me, Reauthentication proof) {
        profile.requireProof(me, proof);
        erase(me, null);
    }

    /** The data protection officer erases in answer to a case ({@link DataSubjectCases#erase}). */
    @RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
    public void forCase(ConsumerId consumer, CaseId caseId) {
        erase(consumer, caseId);
    }

    private void erase(ConsumerId consumer, CaseId caseId) {
        holders.stream().sorted(Comparator.comparingInt(PersonalData::order)).forEach(holder -> holder.erase(consumer));
        audit.record(new Audited(
                ERASED, Audited.DATA_SUBJECT_REQUEST, consumer, "consumer:" + consumer.value(), caseId, null));
        LOG.info(() -> "Consumer " + consumer.value() + " erased"
                + (caseId == null ? " at their request" : " (case " + caseId.value() + ")"));
    }
}
