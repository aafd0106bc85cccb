package de.anliegen.identity.boundary;

import de.anliegen.identity.control.Limits;
import de.anliegen.identity.control.MobileNumbers;
import de.anliegen.identity.control.Secrets;
import de.anliegen.identity.entity.CodeSent;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.Registration;
import de.anliegen.platform.boundary.Conflict;
import de.anliegen.platform.boundary.Gone;
import de.anliegen.platform.boundary.Invalid;
import de.anliegen.platform.boundary.NotFound;
import de.anliegen.platform.boundary.Setting;
import de.anliegen.platform.boundary.Settings;
import de.anliegen.platform.boundary.SmsGateway;
import de.anliegen.platform.boundary.TooManyRequests;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Registration and sign-in with a mobile number: a six-digit code goes out by SMS, and the app sends it back. The
 * same flow signs in a consumer who already has that number.
 */
@Stateless
@PermitAll
public class Registrations {

    private static final Duration LIMIT_WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    SmsGateway sms;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    ConsumerSessions sessions;

    public RegistrationView start(NewRegistration command, String ipAddress) {
        var number = MobileNumbers.normalise(command.mobileNumber())
                .orElseThrow(() -> new Invalid(
                        "invalid-mobile-number", "mobileNumber", "This is not a mobile number that can receive SMS."));
        var registration = new Registration(
                UUID.randomUUID().toString(),
                command.firstName().strip(),
                command.lastName().strip(),
                number,
                clock.instant());
        sendCode(registration, ipAddress);
        em.persist(registration);
        return RegistrationView.of(registration);
    }

    /** A new code for the same registration, once the announced delay has passed; the old code stops working. */
    public RegistrationView resend(String registrationId, String ipAddress) {
        var registration = waiting(registrationId);
        var now = clock.instant();
        if (now.isBefore(registration.nextSendAt())) {
            throw new TooManyRequests(
                    "A new code can be sent at " + registration.nextSendAt() + ".",
                    Duration.between(now, registration.nextSendAt()));
        }
        sendCode(registration, ipAddress);
        return RegistrationView.of(registration);
    }

    /** The code from the SMS: creates the consumer, or signs in the one who has this number, and opens a session. */
    public SignedIn verify(String registrationId, String code) {
        var registration = waiting(registrationId);
        var now = clock.instant();
        if (registration.isExpired(now)) {
            throw new Invalid("code-expired", "code", "The code has expired; ask for a new one.");
        }
        if (!Secrets.same(registration.codeHash(), Secrets.hashCode(code, registration.codeSalt()))) {
            var maxAttempts = settings.getInt(Setting.CODE_MAX_ATTEMPTS);
            registration.wrongCode(maxAttempts);
            if (registration.isBurnt()) {
                throw new BurntRegistration();
            }
            throw new WrongCode(maxAttempts - registration.failedAttempts());
        }
        registration.complete();
        var existing = em.createNamedQuery(Consumer.BY_MOBILE_NUMBER, Consumer.class)
                .setParameter("mobileNumber", registration.mobileNumber())
                .getResultStream()
                .findFirst();
        var consumer = existing.orElseGet(() -> {
            var created =
                    new Consumer(registration.firstName(), registration.lastName(), registration.mobileNumber(), now);
            em.persist(created);
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw new Conflict("Another sign-in with this number was completed at the same moment; try again.");
            }
            return created;
        });
        var tokens = sessions.open(new ConsumerId(consumer.id()));
        return new SignedIn(ConsumerView.of(consumer), tokens, existing.isEmpty());
    }

    private Registration waiting(String registrationId) {
        var registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null) {
            throw new NotFound("There is no registration " + registrationId + ".");
        }
        if (registration.isBurnt()) {
            throw new Gone("registration-burnt", "Too many wrong codes: start the registration again.");
        }
        if (!registration.isWaiting()) {
            throw new Gone("registration-used", "This registration is complete; start a new one to sign in again.");
        }
        return registration;
    }

    private void sendCode(Registration registration, String ipAddress) {
        var now = clock.instant();
        forgetOldSends(now);
        limit(
                CodeSent.TO_NUMBER_SINCE,
                "mobileNumber",
                registration.mobileNumber(),
                Setting.CODES_PER_NUMBER_PER_HOUR,
                "Too many codes were sent to this number.",
                now);
        limit(
                CodeSent.FOR_IP_SINCE,
                "ipAddress",
                ipAddress,
                Setting.CODES_PER_IP_PER_HOUR,
                "Too many codes were requested from this network.",
                now);
        var code = Secrets.newCode();
        var salt = Secrets.newSalt();
        registration.codeSent(
                salt,
                Secrets.hashCode(code, salt),
                now,
                settings.minutes(Setting.CODE_VALID_MINUTES),
                settings.getInts(Setting.CODE_RESEND_DELAYS_MINUTES));
        em.persist(new CodeSent(registration.mobileNumber(), ipAddress, now));
        sms.send(
                registration.mobileNumber(),
                "Ihr Anliegen-Code: " + code + " (gültig " + settings.getInt(Setting.CODE_VALID_MINUTES)
                        + " Minuten). Your Anliegen code: " + code);
    }

    private void limit(String query, String parameter, String value, Setting most, String detail, Instant now) {
        var sent = em.createNamedQuery(query, Instant.class)
                .setParameter(parameter, value)
                .setParameter("since", now.minus(LIMIT_WINDOW))
                .getResultList();
        Limits.atMost(settings.getInt(most), sent, LIMIT_WINDOW, now, detail);
    }

    /** Who asked for codes is kept for the hour the limits need, and no longer. */
    private void forgetOldSends(Instant now) {
        em.createNamedQuery(CodeSent.FORGET_BEFORE)
                .setParameter("before", now.minus(LIMIT_WINDOW))
                .executeUpdate();
    }
}
