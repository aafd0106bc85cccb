package de.anliegen.identity.boundary;

import de.anliegen.identity.control.FacebookGraph;
import de.anliegen.identity.control.FacebookGraph.FacebookProfile;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.SocialIdentity;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.Unauthenticated;
import de.anliegen.platform.texts.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Sign-in with Facebook. We keep the key (network and Facebook's id for the person) and the e-mail address that
 * registration needs, nothing else: Facebook's token (from a code we exchanged, or from a native app) is checked with
 * Facebook and forgotten, and never answered to an app (ADR 10).
 */
@Stateless
public class SocialSignIn {

    /** How recent a Facebook token that confirms a deletion must be (one from a code we exchanged is brand-new). */
    private static final Duration FRESH = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    FacebookGraph facebook;

    @Inject
    ConsumerSessions sessions;

    @Inject
    Clock clock;

    /**
     * Whether Facebook sign-in is offered, and what an app needs to send a person to Facebook's login dialog. The
     * scope asks for {@code openid}: Facebook documents PKCE for its OpenID Connect code flow (ADR 10).
     */
    @PermitAll
    public FacebookDialog facebookDialog() {
        if (!facebook.offered()) {
            return FacebookDialog.notOffered();
        }
        return new FacebookDialog(true, facebook.appId(), facebook.dialog().toString(), "openid,public_profile,email");
    }

    /** Signs in the consumer linked to this Facebook account, or registers one with Facebook's names and e-mail. */
    @PermitAll
    public SignedIn signInWithFacebook(FacebookProof proof) {
        var profile = profileOf(proof);
        var linked = em.createNamedQuery(SocialIdentity.BY_KEY, SocialIdentity.class)
                .setParameter("provider", SocialIdentity.FACEBOOK)
                .setParameter("subject", profile.id())
                .getResultStream()
                .findFirst();
        if (linked.isPresent()) {
            var consumer = em.find(Consumer.class, linked.get().consumerId());
            return new SignedIn(
                    ConsumerView.of(em, consumer, clock.instant()),
                    sessions.open(new ConsumerId(consumer.id())),
                    false);
        }
        var email = profile.email()
                .map(address -> address.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new Invalid(
                        "email-required",
                        "email",
                        "Facebook did not share an e-mail address, which registration needs: ask the person to allow "
                                + "it on Facebook, or to register with their mobile number."));
        var taken = em.createNamedQuery(Consumer.BY_EMAIL, Consumer.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
        if (taken.isPresent()) {
            throw new Conflict(
                    "email-registered",
                    "An account with this e-mail address exists: sign in to it with your mobile number or "
                            + "password, then link Facebook in your profile.");
        }
        var consumer = new Consumer(names(profile.firstName()), names(profile.lastName()), null, clock.instant());
        consumer.confirmEmail(email); // Facebook shares only addresses it has confirmed
        em.persist(consumer);
        flushOrConflict();
        em.persist(new SocialIdentity(consumer.id(), SocialIdentity.FACEBOOK, profile.id(), clock.instant()));
        flushOrConflict();
        return new SignedIn(
                ConsumerView.of(em, consumer, clock.instant()), sessions.open(new ConsumerId(consumer.id())), true);
    }

    @RolesAllowed(Roles.CONSUMER)
    public void linkFacebook(ConsumerId consumerId, FacebookProof proof) {
        FacebookProfile profile = verifyForSignedIn(proof, "accessToken");
        var existing = em.createNamedQuery(SocialIdentity.BY_KEY, SocialIdentity.class)
                .setParameter("provider", SocialIdentity.FACEBOOK)
                .setParameter("subject", profile.id())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            if (existing.get().consumerId() == consumerId.value()) {
                return;
            }
            throw new Conflict("facebook-linked-elsewhere", "This Facebook account is linked to another account.");
        }
        if (ofConsumer(consumerId).isPresent()) {
            throw new Conflict(
                    "facebook-linked-already", "Another Facebook account is linked already; unlink it first.");
        }
        em.persist(new SocialIdentity(consumerId.value(), SocialIdentity.FACEBOOK, profile.id(), clock.instant()));
        flushOrConflict();
    }

    /**
     * Who Facebook says the proof is: a code is exchanged for a token first, which is then checked like a native
     * app's and goes out of scope with this call.
     */
    private FacebookProfile profileOf(FacebookProof proof) {
        if (proof instanceof FacebookProof.Code code) {
            return facebook.verify(facebook.exchange(code.code(), code.codeVerifier(), code.redirectUri()));
        }
        return facebook.verify(((FacebookProof.Token) proof).accessToken());
    }

    /**
     * Facebook's refusal of a code or token a signed-in consumer sent is bad input (400), not a failed sign-in: a 401
     * would tell the app that its own session is dead. The field is {@code code} for a code, else the token's.
     */
    private FacebookProfile verifyForSignedIn(FacebookProof proof, String tokenField) {
        try {
            return profileOf(proof);
        } catch (Unauthenticated refused) {
            throw new Invalid(refused.type(), fieldOf(proof, tokenField), refused.getMessage());
        }
    }

    private static String fieldOf(FacebookProof proof, String tokenField) {
        return proof instanceof FacebookProof.Code ? "code" : tokenField;
    }

    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Conflict("This Facebook account was just linked by another request; try again.");
        }
    }

    /** That a fresh confirmation by Facebook belongs to the Facebook account linked to this consumer. */
    @RolesAllowed(Roles.CONSUMER)
    public void confirmIdentity(ConsumerId consumerId, FacebookProof proof) {
        var profile = verifyForSignedIn(proof, "facebookAccessToken");
        // a token found later (in a browser's history, say) must not delete anybody's account
        if (profile.issuedAt()
                .filter(issued -> issued.isAfter(clock.instant().minus(FRESH)))
                .isEmpty()) {
            throw new Invalid(
                    "facebook-token-stale",
                    fieldOf(proof, "facebookAccessToken"),
                    "Confirm with Facebook once more: this token was not issued in the last 10 minutes.");
        }
        var linked = ofConsumer(consumerId).map(SocialIdentity::subject).orElse(null);
        if (!profile.id().equals(linked)) {
            throw new Invalid(
                    "wrong-facebook-account",
                    fieldOf(proof, "facebookAccessToken"),
                    "This is not the linked Facebook account.");
        }
    }

    /** Removes the key; Facebook's data in the profile (names, e-mail) goes only with the whole profile. */
    @RolesAllowed(Roles.CONSUMER)
    public FacebookUnlinked unlinkFacebook(ConsumerId consumerId) {
        var identity = ofConsumer(consumerId).orElseThrow(() -> new NotFound("No Facebook account is linked."));
        em.remove(identity);
        var consumer = em.find(Consumer.class, consumerId.value());
        if (consumer.hasPassword()) {
            return new FacebookUnlinked(false, "Facebook is unlinked. Sign in with your password from now on.");
        }
        return new FacebookUnlinked(
                true,
                "Facebook is unlinked. To sign in without it, request a password of your own with \"forgot password\" "
                        + "(sent to your e-mail address)"
                        + (consumer.mobileNumber() == null ? "." : " or use your mobile number."));
    }

    private java.util.Optional<SocialIdentity> ofConsumer(ConsumerId consumerId) {
        return em.createNamedQuery(SocialIdentity.OF_CONSUMER, SocialIdentity.class)
                .setParameter("consumer", consumerId.value())
                .setParameter("provider", SocialIdentity.FACEBOOK)
                .getResultStream()
                .findFirst();
    }

    /** Facebook's names, fit for our columns: at most 100 characters, no control characters. */
    private static String names(String name) {
        var clean = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        return Texts.cut(clean, 100);
    }
}
