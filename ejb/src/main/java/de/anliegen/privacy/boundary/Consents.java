package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.audit.boundary.CaseId;
import de.anliegen.company.boundary.Connecting;
import de.anliegen.company.boundary.Connections;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.privacy.entity.Consent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Consents per purpose, as the consumer gives and withdraws them. Every decision is kept and audited; a withdrawal
 * works at once (service requests: every connection ends) and never erases that consent once existed.
 */
@Stateless
@RolesAllowed(Roles.CONSUMER)
public class Consents {

    public static final String GIVEN = "consent.given";
    public static final String WITHDRAWN = "consent.withdrawn";
    public static final String CHANNEL_APP = "app";
    public static final String CHANNEL_CONNECTION = "connection";

    /** Every channel a decision comes through: the app, a connection, or in writing to the data protection officer. */
    public static final List<String> CHANNELS = Stream.concat(
                    Stream.of(CHANNEL_APP, CHANNEL_CONNECTION),
                    DataSubjectCases.CHANNELS.stream().sorted())
            .toList();

    @Inject
    Event<ConsentWithdrawn> withdrawn;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Connections connections;

    @Inject
    Clock clock;

    /** Every purpose, with the consumer's decision about it (if any) and the wording shown now. */
    public List<ConsentView> mine(ConsumerId consumer) {
        var now = current(consumer);
        return Arrays.stream(Purpose.values())
                .map(purpose -> view(purpose, now.get(purpose)))
                .toList();
    }

    /**
     * Applies the consumer's decisions, all or none: an unknown purpose, a missing choice, or consent given to a wording
     * that is no longer current is refused before anything is stored. A decision that changes nothing stores nothing.
     */
    public List<ConsentView> decide(ConsumerId consumer, List<Decision> decisions) {
        if (decisions == null || decisions.isEmpty()) {
            throw new Invalid("invalid", "consents", "Send at least one decision.");
        }
        var checked = new ArrayList<Map.Entry<Purpose, Boolean>>();
        for (var decision : decisions) {
            var purpose = Purpose.of(decision == null ? null : decision.purpose())
                    .orElseThrow(() -> new Invalid(
                            "invalid-purpose",
                            "purpose",
                            "Known purposes: "
                                    + Arrays.stream(Purpose.values())
                                            .map(Purpose::key)
                                            .toList()
                                    + "."));
            if (decision.granted() == null) {
                throw new Invalid("invalid", "granted", "Say whether you give (true) or withdraw (false) consent.");
            }
            if (decision.granted() && !purpose.version().equals(decision.version())) {
                throw new Conflict(
                        "consent-wording-changed",
                        "The wording of " + purpose.key() + " is now version " + purpose.version()
                                + ": show it and send that version.");
            }
            checked.add(Map.entry(purpose, decision.granted()));
        }
        checked.forEach(entry -> change(consumer, entry.getKey(), entry.getValue(), CHANNEL_APP, null));
        return mine(consumer);
    }

    /** Connecting with a company is consent to its answering service requests: recorded if not given already. */
    public void giveByConnecting(@Observes Connecting connecting) {
        change(connecting.consumer(), Purpose.SERVICE_REQUESTS, true, CHANNEL_CONNECTION, null);
    }

    /**
     * A withdrawal the consumer sent in writing, recorded by the data protection officer for a case. A consent that
     * does not hold (never given, or withdrawn already) is refused: the officer is never told of a withdrawal that
     * nothing records.
     */
    @RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
    public void withdrawInWriting(ConsumerId consumer, Purpose purpose, String channel, CaseId caseId) {
        if (!holds(consumer, purpose)) {
            throw new Conflict(
                    "no-consent",
                    "There is no consent to " + purpose.key() + " to withdraw: it was never given or"
                            + " is withdrawn already.");
        }
        change(consumer, purpose, false, channel, caseId);
    }

    /**
     * The consumer's decision about one purpose now, for the staff of a company the consumer is connected with (the
     * caller checks that): beside a request, whether and since when the company may answer it.
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public ConsentView of(ConsumerId consumer, Purpose purpose) {
        return view(purpose, current(consumer).get(purpose));
    }

    /** Whether the consumer's consent to the purpose holds now; what depends on it asks every time. */
    @PermitAll
    public boolean holds(ConsumerId consumer, Purpose purpose) {
        var now = current(consumer).get(purpose);
        return now != null && now.granted();
    }

    /** Records a decision if it changes the consent, audits it, and makes a withdrawal work at once. */
    private void change(ConsumerId consumer, Purpose purpose, boolean granted, String channel, CaseId caseId) {
        var now = current(consumer).get(purpose);
        var unchanged = now == null ? !granted : now.granted() == granted;
        if (unchanged) {
            return;
        }
        em.persist(new Consent(consumer.value(), purpose.key(), granted, purpose.version(), channel, clock.instant()));
        if (!granted && purpose == Purpose.SERVICE_REQUESTS) {
            connections.disconnectAll(consumer);
        }
        if (!granted) {
            withdrawn.fire(new ConsentWithdrawn(consumer, purpose));
        }
        audit.record(new Audited(
                granted ? GIVEN : WITHDRAWN, Audited.CONSENT, consumer, "consent:" + purpose.key(), caseId, null));
    }

    private Map<Purpose, Consent> current(ConsumerId consumer) {
        var now = new EnumMap<Purpose, Consent>(Purpose.class);
        em.createNamedQuery(Consent.OF_CONSUMER, Consent.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .forEach(consent -> Purpose.of(consent.purpose()).ifPresent(purpose -> now.put(purpose, consent)));
        return now;
    }

    private static ConsentView view(Purpose purpose, Consent decided) {
        return new ConsentView(
                purpose.key(),
                decided != null && decided.granted(),
                decided == null ? null : decided.wordingVersion(),
                decided == null ? null : decided.decidedAt(),
                decided == null ? null : decided.channel(),
                purpose.version(),
                purpose.wording());
    }
}
