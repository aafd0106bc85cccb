package de.anliegen.identity.boundary;

import de.anliegen.identity.control.CodeSchedule;
import de.anliegen.identity.control.ConsumerLookup;
import de.anliegen.identity.control.Limits;
import de.anliegen.identity.control.MobileNumbers;
import de.anliegen.identity.control.Secrets;
import de.anliegen.identity.control.SmsBudget;
import de.anliegen.identity.entity.CodeFailure;
import de.anliegen.identity.entity.CodeSent;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.Registration;
import de.anliegen.identity.entity.Registration.Purpose;
import de.anliegen.platform.gateways.SmsGateway;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Gone;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.TooManyRequests;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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

    private static final Duration IP_WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    SmsGateway sms;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Event<OwnDataChanged> ownChanges;

    @Inject
    ConsumerSessions sessions;

    @Inject
    SmsBudget budget;

    public RegistrationView start(NewRegistration command, String ipAddress) {
        var number = normalise(command.mobileNumber());
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
        var registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        requireWaiting(registration, registrationId);
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
        var registration = waiting(registrationId, Purpose.SIGN_IN, null);
        checkCode(registration, code);
        var now = clock.instant();
        var existing = em.createNamedQuery(Consumer.BY_MOBILE_NUMBER, Consumer.class)
                .setParameter("mobileNumber", registration.mobileNumber())
                .getResultStream()
                .findFirst();
        var consumer = existing.orElseGet(() -> {
            var created =
                    new Consumer(registration.firstName(), registration.lastName(), registration.mobileNumber(), now);
            em.persist(created);
            flushOrConflict("Another sign-in with this number was completed at the same moment; try again.");
            return created;
        });
        registration.signedIn(consumer.id());
        var tokens = sessions.open(new ConsumerId(consumer.id()));
        return new SignedIn(ConsumerView.of(em, consumer, clock.instant()), tokens, existing.isEmpty());
    }

    /** A code to a new mobile number; the profile keeps the old one until the code comes back. */
    @RolesAllowed(Roles.CONSUMER)
    public RegistrationView startNumberChange(ConsumerId consumerId, String typedNumber, String ipAddress) {
        var number = normalise(typedNumber);
        // the limits first: whether a number has an account must not be asked for without limit
        limitSends(number, ipAddress, clock.instant());
        requireFree(number, consumerId);
        var consumer = consumer(consumerId);
        var registration = new Registration(
                UUID.randomUUID().toString(),
                consumer.firstName(),
                consumer.lastName(),
                number,
                Purpose.NEW_NUMBER,
                consumer.id(),
                clock.instant());
        sendCode(registration, ipAddress);
        em.persist(registration);
        return RegistrationView.of(registration);
    }

    @RolesAllowed(Roles.CONSUMER)
    public ConsumerView confirmNumberChange(ConsumerId consumerId, String registrationId, String code) {
        var registration = waiting(registrationId, Purpose.NEW_NUMBER, consumerId.value());
        checkCode(registration, code);
        requireFree(registration.mobileNumber(), consumerId);
        var consumer = consumer(consumerId);
        var before = consumer.mobileNumber();
        consumer.changeMobileNumber(registration.mobileNumber());
        flushOrConflict("This mobile number was just taken by another account.");
        if (before != null && !before.equals(registration.mobileNumber())) {
            ownChanges.fire(new OwnDataChanged(consumerId, "mobileNumber", before, registration.mobileNumber()));
        }
        return ConsumerView.of(em, consumer, clock.instant());
    }

    /** A code to the consumer's own number, to confirm it is them before something that cannot be undone. */
    @RolesAllowed(Roles.CONSUMER)
    public RegistrationView startIdentityCheck(ConsumerId consumerId, String ipAddress) {
        var consumer = consumer(consumerId);
        if (consumer.mobileNumber() == null) {
            throw new Invalid(
                    "no-mobile-number",
                    "mobileNumber",
                    "There is no mobile number to send a code to; confirm with your password instead.");
        }
        var registration = new Registration(
                UUID.randomUUID().toString(),
                consumer.firstName(),
                consumer.lastName(),
                consumer.mobileNumber(),
                Purpose.IDENTITY,
                consumer.id(),
                clock.instant());
        sendCode(registration, ipAddress);
        em.persist(registration);
        return RegistrationView.of(registration);
    }

    /** The code of an identity check, used up by this call. */
    @RolesAllowed(Roles.CONSUMER)
    public void confirmIdentity(ConsumerId consumerId, String registrationId, String code) {
        checkCode(waiting(registrationId, Purpose.IDENTITY, consumerId.value()), code);
    }

    private void checkCode(Registration registration, String code) {
        var now = clock.instant();
        requireNotLocked(registration.mobileNumber(), now);
        if (registration.isExpired(now)) {
            throw new Invalid("code-expired", "code", "The code has expired; ask for a new one.");
        }
        if (!Secrets.same(registration.codeHash(), Secrets.hashCode(code, registration.codeSalt()))) {
            em.persist(new CodeFailure(registration.mobileNumber(), now));
            var maxAttempts = settings.getInt(Setting.CODE_MAX_ATTEMPTS);
            registration.wrongCode(maxAttempts);
            if (registration.isBurnt()) {
                throw new BurntRegistration();
            }
            throw new WrongCode(maxAttempts - registration.failedAttempts());
        }
        registration.complete();
        em.createNamedQuery(CodeFailure.FORGET_NUMBER)
                .setParameter("mobileNumber", registration.mobileNumber())
                .executeUpdate();
    }

    /** Too many wrong codes for a number, over all its registrations, lock it for the rest of the 24 hours. */
    private void requireNotLocked(String mobileNumber, Instant now) {
        em.createNamedQuery(CodeFailure.FORGET_BEFORE)
                .setParameter("before", now.minus(CodeSchedule.DAY))
                .executeUpdate();
        Limits.atMost(
                em,
                CodeFailure.FOR_NUMBER_SINCE,
                "mobileNumber",
                mobileNumber,
                settings.getInt(Setting.CODE_FAILURES_PER_NUMBER),
                CodeSchedule.DAY,
                now,
                "Too many wrong codes were typed for this number; it is locked for a while.");
    }

    private String normalise(String typedNumber) {
        return MobileNumbers.normalise(typedNumber)
                .orElseThrow(() -> new Invalid(
                        "invalid-mobile-number", "mobileNumber", "This is not a mobile number that can receive SMS."));
    }

    private void requireFree(String number, ConsumerId consumerId) {
        var owner = em.createNamedQuery(Consumer.BY_MOBILE_NUMBER, Consumer.class)
                .setParameter("mobileNumber", number)
                .getResultStream()
                .findFirst();
        if (owner.isPresent() && owner.get().id() != consumerId.value()) {
            throw new Conflict("This mobile number belongs to another account.");
        }
    }

    private Consumer consumer(ConsumerId consumerId) {
        return ConsumerLookup.require(em, consumerId.value());
    }

    private void flushOrConflict(String detail) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Conflict(detail);
        }
    }

    private Registration waiting(String registrationId, Purpose purpose, Long consumerId) {
        var registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        requireWaiting(
                registration == null || !registration.serves(purpose, consumerId) ? null : registration,
                registrationId);
        return registration;
    }

    private void requireWaiting(Registration registration, String registrationId) {
        if (registration == null) {
            // the same codes confirm a registration, a new number and a deletion: the answer names none of them
            throw new NotFound("There is no code sent under " + registrationId + ": ask for a new one.");
        }
        if (registration.isBurnt()) {
            throw new Gone("registration-burnt", "Too many wrong codes: start the registration again.");
        }
        if (!registration.isWaiting()) {
            throw new Gone("registration-used", "This code was used already; ask for a new one.");
        }
    }

    private void sendCode(Registration registration, String ipAddress) {
        var now = clock.instant();
        var country = budget.requireServed(registration.mobileNumber());
        limitSends(registration.mobileNumber(), ipAddress, now);
        requireNotLocked(registration.mobileNumber(), now);
        budget.requireLeft(em, country, now);
        var code = Secrets.newCode();
        var salt = Secrets.newSalt();
        registration.codeSent(
                salt,
                Secrets.hashCode(code, salt),
                now,
                settings.minutes(Setting.CODE_VALID_MINUTES),
                settings.getInts(Setting.CODE_RESEND_DELAYS_MINUTES));
        em.persist(new CodeSent(registration.mobileNumber(), country, ipAddress, now));
        sms.send(
                registration.mobileNumber(),
                "Ihr Anliegen-Code: " + code + " (gültig " + settings.getInt(Setting.CODE_VALID_MINUTES)
                        + " Minuten). Your Anliegen code: " + code);
    }

    private void limitSends(String mobileNumber, String ipAddress, Instant now) {
        forgetOldSends(now);
        new CodeSchedule(
                        settings.getInt(Setting.CODES_PER_NUMBER_PER_HOUR),
                        settings.getInt(Setting.CODES_PER_NUMBER_PER_DAY),
                        settings.getInts(Setting.NUMBER_CODE_WAITS_MINUTES))
                .check(
                        em.createNamedQuery(CodeSent.TO_NUMBER_SINCE, Instant.class)
                                .setParameter("mobileNumber", mobileNumber)
                                .setParameter("since", now.minus(CodeSchedule.DAY))
                                .getResultList(),
                        now);
        Limits.atMost(
                em,
                CodeSent.FOR_IP_SINCE,
                "ipAddress",
                ipAddress,
                settings.getInt(Setting.CODES_PER_IP_PER_HOUR),
                IP_WINDOW,
                now,
                "Too many codes were requested from this network.");
    }

    /** Who asked for codes is kept for the 24 hours the limits and budgets need, and no longer. */
    private void forgetOldSends(Instant now) {
        em.createNamedQuery(CodeSent.FORGET_BEFORE)
                .setParameter("before", now.minus(CodeSchedule.DAY))
                .executeUpdate();
    }
}
