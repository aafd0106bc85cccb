package de.anliegen.conversation.boundary;

import de.anliegen.conversation.control.Medians;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Message;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.time.Clocks;
import de.anliegen.platform.time.Periods;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures of the service: for a company's admins over a period, for the platform's admins in counts only. */
@Stateless
public class ServiceFigures {

    /** The longest period a dashboard shows at once. */
    public static final int MOST_DAYS = Periods.MOST_DAYS;

    /** Days are German days: the service and its companies are in Germany. */
    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Clock clock;

    /** The caller's company over the days {@code from} to {@code to} (both included). */
    @RolesAllowed(Roles.COMPANY_ADMIN)
    public CompanyFigures ofMyCompany(LocalDate from, LocalDate to) {
        Periods.days(from, to);
        var company = staffAccounts.current().companyId();
        if (company == null) {
            throw new Forbidden("Only a company's admins see its figures.");
        }
        var start = from.atStartOfDay(Clocks.GERMANY).toInstant();
        var end = to.plusDays(1).atStartOfDay(Clocks.GERMANY).toInstant();
        var days = new TreeMap<LocalDate, long[]>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new long[2]);
        }
        var firstResponses = new ArrayList<Duration>();
        var resolutions = new ArrayList<Duration>();
        var ratingSum = 0L;
        var ratings = 0L;
        var now = clock.instant();
        var promised = 0L;
        var missed = 0L;
        var opened = em.createNamedQuery(Conversation.OPENED_BETWEEN, Object[].class)
                .setParameter("company", company)
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultList();
        for (var row : opened) {
            var created = (Instant) row[0];
            days.get(LocalDate.ofInstant(created, Clocks.GERMANY))[0]++;
            if (row[1] instanceof Instant resolvedAt) {
                resolutions.add(Duration.between(created, resolvedAt));
            }
            if (row[2] instanceof Short rating) {
                ratingSum += rating;
                ratings++;
            }
            if (row[3] instanceof Instant answeredAt) {
                firstResponses.add(Duration.between(created, answeredAt));
            }
            if (row[4] instanceof Instant dueAt) {
                promised++;
                missed += Conversation.missedFirstResponse(dueAt, (Instant) row[3], now) ? 1 : 0;
            }
        }
        var resolved = em.createNamedQuery(Conversation.RESOLVED_BETWEEN, Instant.class)
                .setParameter("company", company)
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultList();
        resolved.forEach(at -> days.get(LocalDate.ofInstant(at, Clocks.GERMANY))[1]++);
        var openNow = em.createNamedQuery(Conversation.COUNT_OPEN_OF_COMPANY, Long.class)
                .setParameter("company", company)
                .getSingleResult();
        return new CompanyFigures(
                openNow,
                opened.size(),
                resolved.size(),
                Medians.of(firstResponses),
                Medians.of(resolutions),
                ratings == 0 ? null : (double) ratingSum / ratings,
                ratings,
                em.createNamedQuery(Conversation.COUNT_OVERDUE, Long.class)
                        .setParameter("company", company)
                        .setParameter("now", now)
                        .getSingleResult(),
                promised,
                missed,
                perDay(days));
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public PlatformFigures ofPlatform() {
        return new PlatformFigures(
                em.createNamedQuery(Conversation.COUNT_ALL, Long.class).getSingleResult(),
                em.createNamedQuery(Conversation.COUNT_ALL_OPEN, Long.class).getSingleResult(),
                em.createNamedQuery(Message.COUNT_SINCE, Long.class)
                        .setParameter("since", clock.instant().minus(Duration.ofDays(30)))
                        .getSingleResult());
    }

    private static List<CompanyFigures.Day> perDay(Map<LocalDate, long[]> days) {
        return days.entrySet().stream()
                .map(day -> new CompanyFigures.Day(day.getKey(), day.getValue()[0], day.getValue()[1]))
                .toList();
    }
}
