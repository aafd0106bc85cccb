package de.anliegen.identity.control;

import de.anliegen.identity.entity.CodeSent;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * What the operator lets codes by SMS cost: numbers of the allowed countries only, and at most so many codes within
 * 24 hours, in all (ANLIEGEN_SMS_PER_DAY) and for each country (ANLIEGEN_SMS_COUNTRIES). A budget that is reached
 * refuses further codes with 503 and tells the operator in the log (SEVERE, at most once an hour a budget and node).
 * Counted from the codes sent (kept 24 hours), without a lock: parallel requests may overshoot by a few.
 */
@ApplicationScoped
public class SmsBudget {

    private static final Logger LOG = Logger.getLogger(SmsBudget.class.getName());
    private static final Duration ALERT_EVERY = Duration.ofHours(1);

    @Inject
    Settings settings;

    private final Map<String, Instant> alerted = new ConcurrentHashMap<>();

    /** Refuses a number of a country not allowed: 400 before anything is sent or counted. */
    public String requireServed(String mobileNumber) {
        var country = MobileNumbers.country(mobileNumber);
        if (countries().budgetOf(country).isEmpty()) {
            throw new Invalid(
                    "country-not-served",
                    "mobileNumber",
                    "Codes are sent by SMS only to mobile numbers of "
                            + countries().names() + ".");
        }
        return country;
    }

    /** Refuses when the budget of all countries or of this one is spent for now. */
    public void requireLeft(EntityManager em, String country, Instant now) {
        var since = now.minus(CodeSchedule.DAY);
        check(
                "all countries",
                settings.getInt(Setting.SMS_PER_DAY),
                em.createNamedQuery(CodeSent.COUNT_SINCE, Object[].class)
                        .setParameter("since", since)
                        .getSingleResult(),
                now);
        check(
                country,
                countries().budgetOf(country).orElse(0),
                em.createNamedQuery(CodeSent.COUNT_TO_COUNTRY_SINCE, Object[].class)
                        .setParameter("country", country)
                        .setParameter("since", since)
                        .getSingleResult(),
                now);
    }

    private void check(String budget, int most, Object[] countAndOldest, Instant now) {
        var sent = ((Number) countAndOldest[0]).intValue();
        if (sent < most) {
            return;
        }
        var oldest = Optional.ofNullable((Instant) countAndOldest[1]).orElse(now);
        var last = alerted.get(budget);
        if (last == null || !now.isBefore(last.plus(ALERT_EVERY))) {
            alerted.put(budget, now);
            LOG.severe("SMS budget reached: " + sent + " codes within 24 hours to numbers of " + budget + " (at most "
                    + most + "); further codes are refused until older ones leave the 24 hours. If this is not an"
                    + " attack, raise ANLIEGEN_SMS_PER_DAY or ANLIEGEN_SMS_COUNTRIES.");
        }
        throw new BudgetSpent(Duration.between(now, oldest.plus(CodeSchedule.DAY)));
    }

    private SmsCountries countries() {
        return SmsCountries.parse(settings.get(Setting.SMS_COUNTRIES), Setting.SMS_COUNTRIES.environmentVariable());
    }

    /** No more codes by SMS for now: the operator's budget is spent. */
    public static class BudgetSpent extends Unavailable {

        private final Duration retryAfter;

        BudgetSpent(Duration retryAfter) {
            super("sms-budget-spent", "No more codes can be sent by SMS right now. Please try again later.");
            this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(retryAfter);
        }
    }
}
