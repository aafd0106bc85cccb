package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.CodeFailure;
import de.anliegen.identity.entity.CodeSent;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.ConsumerMailLink;
import de.anliegen.identity.entity.ConsumerPicture;
import de.anliegen.identity.entity.ConsumerSession;
import de.anliegen.identity.entity.ErasedSignIn;
import de.anliegen.identity.entity.Registration;
import de.anliegen.identity.entity.SignInFailure;
import de.anliegen.identity.entity.SocialIdentity;
import de.anliegen.platform.export.ExportFiles;
import de.anliegen.platform.export.ExportWriter;
import de.anliegen.platform.export.ExportWriter.Worded;
import de.anliegen.platform.gateways.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The profile and what identifies a consumer: names, mobile number, e-mail, social identity keys, sessions, picture.
 * Erased last: removing the consumer's row takes sessions, keys, links, picture, connections, conversations and usage
 * records with it (foreign keys ON DELETE CASCADE); codes, registrations and failed sign-ins are kept by number or
 * address, and removed here, as is what the dev outbox kept for them.
 */
@ApplicationScoped
public class ProfileData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Event<AccessTokensEnded> tokensEnded;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void export(ConsumerId consumer, ExportWriter writer) {
        var profile = em.find(Consumer.class, consumer.value());
        writer.startSection("profile");
        if (profile != null) {
            writer.item(
                    "id", profile.id(),
                    "firstName", profile.firstName(),
                    "lastName", profile.lastName(),
                    "mobileNumber", profile.mobileNumber(),
                    "email", profile.email(),
                    "hasPassword", profile.hasPassword(),
                    "registeredAt", profile.createdAt());
        }
        writer.endSection();
        writer.startSection("socialIdentities");
        em.createNamedQuery(SocialIdentity.ALL_OF_CONSUMER, SocialIdentity.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .forEach(social -> writer.item(
                        "provider", social.provider(), "userId", social.subject(), "linkedAt", social.linkedAt()));
        writer.endSection();
        writer.startSection("sessions");
        em.createNamedQuery(ConsumerSession.OF_CONSUMER, ConsumerSession.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .forEach(session -> writer.item(
                        "signedInAt", session.createdAt(),
                        "validUntil", session.refreshExpiresAt(),
                        "endedAt", session.endedAt()));
        writer.endSection();
        // kept 24 hours to limit codes by SMS and wrong codes per number (CodeSchedule, SmsBudget)
        var number = profile == null ? null : profile.mobileNumber();
        writer.startSection("codesRequested");
        if (number != null) {
            em.createNamedQuery(CodeSent.TO_NUMBER, CodeSent.class)
                    .setParameter("mobileNumber", number)
                    .getResultStream()
                    .forEach(sent -> writer.item("sentAt", sent.sentAt(), "ipAddress", sent.ipAddress()));
        }
        writer.endSection();
        writer.startSection("wrongCodes");
        if (number != null) {
            em.createNamedQuery(CodeFailure.FOR_NUMBER, Instant.class)
                    .setParameter("mobileNumber", number)
                    .getResultStream()
                    .forEach(failedAt -> writer.item("typedAt", failedAt));
        }
        writer.endSection();
        // kept 24 hours too (SignInRetention): the consumer's registrations and sign-ins by code
        writer.startSection("registrations");
        if (profile != null) {
            em.createNamedQuery(Registration.OF_CONSUMER, Registration.class)
                    .setParameter("consumer", consumer.value())
                    .setParameter("mobileNumber", number)
                    .setParameter("completed", Registration.COMPLETED)
                    .getResultStream()
                    .forEach(registration -> writer.item(
                            "startedAt", registration.createdAt(),
                            "firstName", registration.firstName(),
                            "lastName", registration.lastName(),
                            "purpose",
                                    worded(
                                            "registration.",
                                            registration.purpose().name()),
                            "state", worded("registration.", registration.state())));
        }
        writer.endSection();
        // kept for the limits' 15 minutes: failed sign-ins with a password under the number or the address, and wrong
        // passwords typed to confirm a change of the account (under the account itself)
        var logins = new ArrayList<String>(List.of(consumer.principalName()));
        if (number != null) {
            logins.add(number);
        }
        if (profile != null && profile.email() != null) {
            logins.add(profile.email().toLowerCase(Locale.ROOT));
        }
        writer.startSection("failedSignIns");
        em.createNamedQuery(SignInFailure.OF_LOGINS, SignInFailure.class)
                .setParameter("logins", logins)
                .getResultStream()
                .forEach(failure -> writer.item("at", failure.failedAt(), "ipAddress", failure.ipAddress()));
        writer.endSection();
        // every address a link was mailed to, confirmed or not, and the links' use
        writer.startSection("emailLinks");
        em.createNamedQuery(ConsumerMailLink.OF_CONSUMER, ConsumerMailLink.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .forEach(link -> writer.item(
                        "email", link.email(),
                        "purpose", worded("link.", link.purpose().name()),
                        "sentAt", link.createdAt(),
                        "usedAt", link.usedAt()));
        writer.endSection();
    }

    /** A value's code for data.json, and the report's words for it ({@code registration.sign_in}). */
    private static Worded worded(String kind, String value) {
        var code = value.toLowerCase(Locale.ROOT);
        return new Worded(code, kind + code);
    }

    @Override
    public void exportFiles(ConsumerId consumer, ExportFiles files) {
        var picture = em.find(ConsumerPicture.class, consumer.value());
        if (picture != null) {
            files.add("profile-picture." + picture.contentType().substring("image/".length()), picture.image());
        }
    }

    @Override
    public void erase(ConsumerId consumer) {
        var profile = em.find(Consumer.class, consumer.value());
        if (profile == null) {
            return;
        }
        var numbers = numbersOf(profile);
        for (var number : numbers) {
            em.createNamedQuery(CodeSent.FORGET_NUMBER)
                    .setParameter("mobileNumber", number)
                    .executeUpdate();
            em.createNamedQuery(CodeFailure.FORGET_NUMBER)
                    .setParameter("mobileNumber", number)
                    .executeUpdate();
            em.createNamedQuery(SignInFailure.FORGET_LOGIN)
                    .setParameter("login", number)
                    .executeUpdate();
        }
        if (profile.mobileNumber() != null) {
            em.createNamedQuery(Registration.FORGET_NUMBER)
                    .setParameter("mobileNumber", profile.mobileNumber())
                    .executeUpdate();
        }
        // also under a number the consumer had before: the sign-up's names and number
        em.createNamedQuery(Registration.FORGET_CONSUMER)
                .setParameter("consumer", consumer.value())
                .executeUpdate();
        if (profile.email() != null) {
            em.createNamedQuery(SignInFailure.FORGET_LOGIN)
                    .setParameter("login", profile.email())
                    .executeUpdate();
        }
        em.createNamedQuery(SignInFailure.FORGET_LOGIN)
                .setParameter("login", consumer.principalName())
                .executeUpdate();
        var recipients = new ArrayList<String>(List.of(consumer.principalName()));
        recipients.addAll(numbers);
        if (profile.email() != null) {
            recipients.add(profile.email());
        }
        recipients.addAll(em.createNamedQuery(ConsumerMailLink.ADDRESSES_OF_CONSUMER, String.class)
                .setParameter("consumer", consumer.value())
                .getResultList());
        outbox.forget(recipients);
        var now = clock.instant();
        em.createNamedQuery(ErasedSignIn.DELETE_EXPIRED)
                .setParameter("now", now)
                .executeUpdate();
        em.createNamedQuery(ConsumerSession.OF_CONSUMER, ConsumerSession.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .flatMap(session -> session.leftWhenErased(now).stream())
                .forEach(em::persist);
        em.remove(profile);
        em.flush();
        tokensEnded.fire(new AccessTokensEnded(consumer));
    }

    /**
     * The consumer's number and those they had before whose traces are still kept (the codes asked for, the wrong
     * codes, the sign-ups of the last day), but for a number another consumer holds now: those traces are theirs.
     */
    private Set<String> numbersOf(Consumer profile) {
        var numbers = new LinkedHashSet<String>();
        if (profile.mobileNumber() != null) {
            numbers.add(profile.mobileNumber());
        }
        numbers.addAll(em.createNamedQuery(Registration.NUMBERS_OF_CONSUMER, String.class)
                .setParameter("consumer", profile.id())
                .getResultList());
        numbers.removeIf(number -> !number.equals(profile.mobileNumber())
                && em.createNamedQuery(Consumer.BY_MOBILE_NUMBER, Consumer.class)
                        .setParameter("mobileNumber", number)
                        .getResultStream()
                        .anyMatch(holder -> !holder.id().equals(profile.id())));
        return numbers;
    }
}
