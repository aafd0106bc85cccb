package de.anliegen.identity.boundary;

import de.anliegen.identity.control.CodeSchedule;
import de.anliegen.identity.entity.CodeFailure;
import de.anliegen.identity.entity.CodeSent;
import de.anliegen.identity.entity.ConsumerMailLink;
import de.anliegen.identity.entity.ErasedSignIn;
import de.anliegen.identity.entity.Registration;
import de.anliegen.identity.entity.SignInFailure;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * What registering and signing in leave behind: a registration (names and mobile number), whether its code was
 * confirmed or not; who asked for codes and the wrong codes typed; failed sign-ins with a password; the fingerprints
 * of an erased consumer's sign-ins; the links mailed to confirm an address or choose a new password, with the address
 * typed. Each is needed for a time (the limits' 24 hours or window, a sign-in's life), and
 * the requests of the same kind delete some of it as they go; {@link #deleteExpired} deletes whatever is past its time.
 */
@Stateless
@PermitAll
public class SignInTraces {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Deletes what is past its time; what was deleted, in words. */
    public String deleteExpired() {
        var now = clock.instant();
        var dayAgo = now.minus(CodeSchedule.DAY);
        return "registrations " + delete(Registration.FORGET_BEFORE, "before", dayAgo)
                + ", code requests " + delete(CodeSent.FORGET_BEFORE, "before", dayAgo)
                + ", wrong codes " + delete(CodeFailure.FORGET_BEFORE, "before", dayAgo)
                + ", failed sign-ins " + delete(SignInFailure.FORGET_BEFORE, "before", now.minus(SignInFailure.WINDOW))
                + ", erased sign-ins " + delete(ErasedSignIn.DELETE_EXPIRED, "now", now)
                + ", mail links "
                + em.createNamedQuery(ConsumerMailLink.FORGET_SPENT)
                        .setParameter("before", now.minus(ConsumerMailLink.COUNTED))
                        .setParameter("now", now)
                        .executeUpdate();
    }

    private int delete(String query, String parameter, Instant at) {
        return em.createNamedQuery(query).setParameter(parameter, at).executeUpdate();
    }
}
