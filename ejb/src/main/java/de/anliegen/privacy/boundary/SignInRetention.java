package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.identity.boundary.SignInTraces;
import de.anliegen.platform.jobs.NightlyJob;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Deletes every night what registering and signing in left behind once its time is over ({@link SignInTraces}): a
 * quiet installation, where no request of the same kind comes to delete it, would otherwise keep a registration's
 * names and number, or a network's failed sign-ins, for good. The run goes into the audit trail.
 */
@Stateless
@LocalBean
// both views: the nightly jobs find it by its interface, tests and other beans by its class
@Local(NightlyJob.class)
@PermitAll
public class SignInRetention implements NightlyJob {

    public static final String RAN = "identity.sign-in-retention";

    private static final Logger LOG = Logger.getLogger(SignInRetention.class.getName());

    @Inject
    SignInTraces traces;

    @Inject
    AuditTrail audit;

    @Override
    public String name() {
        return "sign-in-retention";
    }

    @Override
    public LocalTime at() {
        return LocalTime.of(3, 47);
    }

    @Override
    public void run() {
        apply();
    }

    /** Deletes what is past its time; what was deleted, in words (as the audit trail keeps it). */
    public String apply() {
        var deleted = traces.deleteExpired();
        audit.record(new Audited(RAN, Audited.RETENTION, null, "sign-ins", null, "deleted: " + deleted));
        LOG.info("Sign-in retention deleted " + deleted);
        return deleted;
    }
}
