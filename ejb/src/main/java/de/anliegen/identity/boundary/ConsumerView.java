package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.ConsumerPicture;
import de.anliegen.identity.entity.SocialIdentity;
import jakarta.persistence.EntityManager;

/**
 * A consumer's own profile, as the app shows it: {@code email} is a confirmed address or absent; {@code restricted}
 * while the data protection officer has restricted processing (nothing new can be sent meanwhile); {@code hasPicture}
 * says whether {@code /me/picture} has one, {@code facebookLinked} whether Facebook sign-in is linked.
 */
public record ConsumerView(
        long id,
        String firstName,
        String lastName,
        String mobileNumber,
        String email,
        boolean hasPassword,
        boolean restricted,
        boolean hasPicture,
        boolean facebookLinked) {

    static ConsumerView of(EntityManager em, Consumer consumer) {
        var pictures = em.createNamedQuery(ConsumerPicture.COUNT_OF_CONSUMER, Long.class)
                .setParameter("consumer", consumer.id())
                .getSingleResult();
        var facebook = em.createNamedQuery(SocialIdentity.COUNT_OF_CONSUMER, Long.class)
                .setParameter("consumer", consumer.id())
                .setParameter("provider", SocialIdentity.FACEBOOK)
                .getSingleResult();
        return new ConsumerView(
                consumer.id(),
                consumer.firstName(),
                consumer.lastName(),
                consumer.mobileNumber(),
                consumer.email(),
                consumer.hasPassword(),
                consumer.isRestricted(),
                pictures > 0,
                facebook > 0);
    }
}
