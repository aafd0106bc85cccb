package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.ConsumerMailLink;
import de.anliegen.identity.entity.ConsumerMailLink.Purpose;
import de.anliegen.identity.entity.ConsumerPicture;
import de.anliegen.identity.entity.SocialIdentity;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A consumer's own profile, as the app shows it: {@code email} is a confirmed address or absent; {@code restricted}
 * while the data protection officer has restricted processing (nothing new can be sent meanwhile); {@code emailPending}
 * the address a confirmation link was last sent to while the link still works (absent otherwise); {@code hasPicture}
 * says whether {@code /me/picture} has one, {@code facebookLinked} whether Facebook sign-in is linked.
 */
public record ConsumerView(
        @NotNull long id,
        @NotNull String firstName,
        @NotNull String lastName,
        String mobileNumber,
        String email,
        String emailPending,
        @NotNull boolean hasPassword,
        @NotNull boolean restricted,
        @NotNull boolean hasPicture,
        @NotNull boolean facebookLinked) {

    static ConsumerView of(EntityManager em, Consumer consumer, Instant now) {
        var pending = em.createNamedQuery(ConsumerMailLink.PENDING_OF_CONSUMER, String.class)
                .setParameter("consumer", consumer.id())
                .setParameter("purpose", Purpose.EMAIL_CONFIRMATION)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        var pictures = em.createNamedQuery(ConsumerPicture.COUNT_OF_CONSUMER, Long.class)
                .setParameter("consumer", consumer.id())
                .getSingleResult();
        var facebookLinked = em.createNamedQuery(SocialIdentity.OF_CONSUMER, SocialIdentity.class)
                .setParameter("consumer", consumer.id())
                .setParameter("provider", SocialIdentity.FACEBOOK)
                .getResultStream()
                .findFirst()
                .isPresent();
        return new ConsumerView(
                consumer.id(),
                consumer.firstName(),
                consumer.lastName(),
                consumer.mobileNumber(),
                consumer.email(),
                pending,
                consumer.hasPassword(),
                consumer.isRestricted(),
                pictures > 0,
                facebookLinked);
    }
}
