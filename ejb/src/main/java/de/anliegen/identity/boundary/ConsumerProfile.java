package de.anliegen.identity.boundary;

import de.anliegen.identity.control.ConsumerLookup;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.ConsumerPicture;
import de.anliegen.platform.pictures.Picture;
import de.anliegen.platform.pictures.Pictures;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Objects;

/** The consumer's own profile: read it, correct it, delete it. */
@Stateless
@RolesAllowed(Roles.CONSUMER)
public class ConsumerProfile {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsumerCredentials credentials;

    @Inject
    Clock clock;

    @Inject
    Event<OwnDataChanged> ownChanges;

    @Inject
    Registrations registrations;

    @Inject
    SocialSignIn social;

    @Inject
    ConsumerEmail emails;

    public ConsumerView me(ConsumerId consumer) {
        return ConsumerView.of(em, find(consumer), clock.instant());
    }

    /**
     * Corrects the names; a name left out stays as it is. A new e-mail address gets a confirmation link and counts
     * once it is followed.
     */
    public ConsumerView change(ConsumerId consumerId, String firstName, String lastName, String email) {
        var consumer = find(consumerId);
        var firstBefore = consumer.firstName();
        var lastBefore = consumer.lastName();
        consumer.rename(
                firstName == null ? consumer.firstName() : firstName.strip(),
                lastName == null ? consumer.lastName() : lastName.strip());
        changed(consumerId, "firstName", firstBefore, consumer.firstName());
        changed(consumerId, "lastName", lastBefore, consumer.lastName());
        if (email != null && !email.strip().equalsIgnoreCase(String.valueOf(consumer.email()))) {
            emails.change(consumerId, email);
        }
        return ConsumerView.of(em, consumer, clock.instant());
    }

    private void changed(ConsumerId consumerId, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            ownChanges.fire(new OwnDataChanged(consumerId, field, before, after));
        }
    }

    /** Takes a JPEG or PNG of at most 2 MB, decodes it and keeps it drawn anew, without the file's metadata. */
    public void changePicture(ConsumerId consumerId, byte[] upload) {
        var consumer = find(consumerId);
        var encoded = Pictures.reencode(upload);
        var picture = em.find(ConsumerPicture.class, consumer.id());
        if (picture == null) {
            picture = new ConsumerPicture(consumer.id());
            picture.replace(encoded.contentType(), encoded.bytes(), clock.instant());
            em.persist(picture);
        } else {
            picture.replace(encoded.contentType(), encoded.bytes(), clock.instant());
        }
    }

    public Picture picture(ConsumerId consumerId) {
        var picture = em.find(ConsumerPicture.class, consumerId.value());
        if (picture == null) {
            throw new NotFound("There is no profile picture.");
        }
        return new Picture(picture.contentType(), picture.image(), picture.updatedAt());
    }

    public void removePicture(ConsumerId consumerId) {
        var picture = em.find(ConsumerPicture.class, consumerId.value());
        if (picture == null) {
            throw new NotFound("There is no profile picture.");
        }
        em.remove(picture);
    }

    /**
     * Requires the consumer to have confirmed it is them: with the password, a fresh code sent to their number, or a
     * fresh confirmation by Facebook. Privacy's erasure asks it before it erases the profile and everything else.
     */
    public void requireProof(ConsumerId consumerId, Reauthentication proof) {
        find(consumerId);
        if (proof.password() != null) {
            credentials.requirePassword(consumerId, proof.password(), "password");
        } else if (proof.verificationId() != null && proof.code() != null) {
            registrations.confirmIdentity(consumerId, proof.verificationId(), proof.code());
        } else if (proof.facebook() != null) {
            social.confirmIdentity(consumerId, proof.facebook());
        } else {
            throw new Invalid(
                    "reauthentication-required",
                    "password",
                    "Confirm that it is you: send your password, the code of an identity check, or Facebook's confirmation.");
        }
    }

    private Consumer find(ConsumerId consumerId) {
        return ConsumerLookup.require(em, consumerId.value());
    }
}
