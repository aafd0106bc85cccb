package de.anliegen.privacy.boundary;

import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.texts.Texts;
import de.anliegen.platform.time.Clocks;
import de.anliegen.privacy.control.IpAddresses;
import de.anliegen.privacy.entity.PageView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * First-party analytics of the public website, kept in our own database: the web layer counts a view only for a
 * visitor who accepted analytics and whose browser sends neither Do-Not-Track nor Global Privacy Control. The IP
 * address is shortened here, before anything is stored.
 */
@Stateless
public class PageViews {

    public static final int MOST_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PermitAll
    public void count(String page, String ipAddress) {
        em.persist(new PageView(
                LocalDate.now(clock.withZone(Clocks.GERMANY)),
                Texts.cut(page, MOST_PAGE),
                IpAddresses.shorten(ipAddress)));
    }

    /** Views and distinct visitor networks per day and page of the period, oldest day first. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<DailyViews> daily(StatisticsPeriod period) {
        return em.createNamedQuery(PageView.DAILY, Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultStream()
                .map(row -> new DailyViews((LocalDate) row[0], (String) row[1], (Long) row[2], (Long) row[3]))
                .toList();
    }

    /** Today, as the statistics count days: in Germany. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.GERMANY));
    }

    public record DailyViews(LocalDate day, String page, long views, long networks) implements Serializable {}
}
