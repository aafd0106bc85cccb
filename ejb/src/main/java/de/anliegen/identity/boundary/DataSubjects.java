package de.anliegen.identity.boundary;

import de.anliegen.identity.control.ConsumerLookup;
import de.anliegen.identity.control.MobileNumbers;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.platform.database.LikePattern;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Consumers as the data protection officer handles them: found from a letter by number, address or name, corrected,
 * and restricted. Auditing is the caller's (privacy's cases), which knows the request it answers.
 */
@Stateless
@RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
public class DataSubjects {

    /** The most people a search by name shows; it finds one more, to tell that there are more. */
    public static final int MOST_FOUND = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ConsumerRestricted> restrictions;

    @Inject
    Event<RestrictionLifted> lifts;

    /**
     * The consumers whose mobile number, e-mail address or name matches what the letter says: up to
     * {@value #MOST_FOUND}, and whether there are more.
     */
    public FoundSubjects find(String query) {
        var typed = query == null ? "" : query.strip();
        if (typed.length() < 3 || typed.length() > 200) {
            throw new Invalid("invalid", "query", "Search with 3 to 200 characters: a mobile number, e-mail or name.");
        }
        var number = MobileNumbers.normalise(typed);
        if (number.isPresent()) {
            var found = em.createNamedQuery(Consumer.BY_MOBILE_NUMBER, Consumer.class)
                    .setParameter("mobileNumber", number.get())
                    .getResultStream()
                    .map(DataSubject::of)
                    .toList();
            if (!found.isEmpty()) {
                return FoundSubjects.of(found, MOST_FOUND);
            }
        }
        if (typed.contains("@")) {
            return FoundSubjects.of(
                    em.createNamedQuery(Consumer.BY_EMAIL, Consumer.class)
                            .setParameter("email", typed.toLowerCase(Locale.ROOT))
                            .getResultStream()
                            .map(DataSubject::of)
                            .toList(),
                    MOST_FOUND);
        }
        // anyone by name, restricted or not, connected to a company or not: the letter may come from any of them
        return FoundSubjects.of(
                em.createNamedQuery(Consumer.IDS_NAMED, Long.class)
                        .setParameter("pattern", LikePattern.containing(typed.toLowerCase(Locale.ROOT)))
                        .setMaxResults(MOST_FOUND + 1)
                        .getResultStream()
                        .map(id -> DataSubject.of(em.find(Consumer.class, id)))
                        .toList(),
                MOST_FOUND);
    }

    public Optional<DataSubject> subject(ConsumerId consumer) {
        return Optional.ofNullable(em.find(Consumer.class, consumer.value())).map(DataSubject::of);
    }

    /** Corrects first name, last name or e-mail address (a written request is its own confirmation of the address). */
    public Rectified rectify(ConsumerId id, String field, String value) {
        var consumer = ConsumerLookup.require(em, id.value());
        var clean = value == null ? "" : value.strip();
        return switch (field == null ? "" : field) {
            case "firstName" -> {
                var old = consumer.firstName();
                consumer.rename(name(clean, field), consumer.lastName());
                yield new Rectified(field, old, clean);
            }
            case "lastName" -> {
                var old = consumer.lastName();
                consumer.rename(consumer.firstName(), name(clean, field));
                yield new Rectified(field, old, clean);
            }
            case "email" -> {
                var address = clean.toLowerCase(Locale.ROOT);
                if (!PersonDetails.isEmail(address)) {
                    throw new Invalid("invalid-email", "value", "This is not an e-mail address.");
                }
                var taken = em.createNamedQuery(Consumer.BY_EMAIL, Consumer.class)
                        .setParameter("email", address)
                        .getResultStream()
                        .anyMatch(other -> !other.id().equals(consumer.id()));
                if (taken) {
                    throw new Conflict("email-taken", "Another consumer uses " + address + ".");
                }
                var old = consumer.email();
                consumer.confirmEmail(address);
                yield new Rectified(field, old, address);
            }
            default ->
                throw new Invalid(
                        "invalid",
                        "field",
                        "Rectify firstName, lastName or email; the mobile number the consumer changes"
                                + " in the app, with a code sent to the new number.");
        };
    }

    /** Restricts processing; false when it was restricted already. */
    public boolean restrict(ConsumerId id) {
        var restricted = ConsumerLookup.require(em, id.value()).restrict(clock.instant());
        if (restricted) {
            restrictions.fire(new ConsumerRestricted(id));
        }
        return restricted;
    }

    /** Lifts the restriction; false when there was none. */
    public boolean lift(ConsumerId id) {
        var lifted = ConsumerLookup.require(em, id.value()).lift();
        if (lifted) {
            lifts.fire(new RestrictionLifted(id));
        }
        return lifted;
    }

    private static String name(String value, String field) {
        if (!PersonDetails.isName(value)) {
            throw new Invalid(
                    "invalid",
                    "value",
                    field + ": 1 to " + PersonDetails.MOST_NAME + " characters, no control characters.");
        }
        return value;
    }
}
