package de.anliegen.privacy.boundary;

import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.Forbidden;
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
 * First-party analytics of the public website and the app, kept in our own database: the web layer counts a view of
 * a page only for a visitor who accepted analytics, a screen of the app only for a consumer whose consent to product
 * analytics holds, and neither when the browser sends Do-Not-Track or Global Privacy Control. The IP address is
 * shortened here, before anything is stored; nothing names who viewed.
 */
@Stateless
public class PageViews {

    public static final int MOST_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Consents consents;

    @Inject
    ConsumerContacts contacts;

    @PermitAll
    public void count(String page, String ipAddress) {
        em.persist(new PageView(
                LocalDate.now(clock.withZone(Clocks.GERMANY)),
                Texts.cut(page, MOST_PAGE),
                IpAddresses.shorten(ipAddress)));
    }

    /**
     * Counts a screen of the app as a view of its page, if the consumer's consent to product analytics holds now
     * (refused otherwise, so that an app that missed a withdrawal learns of it). Not counted while the data protection
     * officer restricts the consumer's data, nor when the browser asks not to be tracked. Answers whether it was
     * counted.
     */
    @RolesAllowed(Roles.CONSUMER)
    public boolean countScreen(ConsumerId consumer, AppScreen screen, String ipAddress, boolean notToBeTracked) {
        if (!consents.holds(consumer, Purpose.PRODUCT_ANALYTICS)) {
            throw new Forbidden(
                    "consent-required",
                    "Screens are counted only with your consent to " + Purpose.PRODUCT_ANALYTICS.key() + ".");
        }
        if (notToBeTracked || contacts.isRestricted(consumer)) {
            return false;
        }
        count(screen.page(), ipAddress);
        return true;
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
