package de.anliegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.privacy.boundary.UsageRetention;
import de.anliegen.privacy.entity.PageView;
import de.anliegen.support.Api;
import de.anliegen.support.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The website's first-party analytics at the HTTP level: what is counted, what is stored, what a choice needs. */
@ExtendWith(ArquillianExtension.class)
class PageViewsIT {

    private static final String PAGE = "/imprint.xhtml";
    private static final String ACCEPTED = "anliegen_cookies=analytics";

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Inject
    UsageRetention retention;

    @Inject
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_view_is_counted_with_a_shortened_ip_address_only_after_acceptance_and_without_dnt_or_gpc() {
        var before = views();

        view(null, null);
        view("anliegen_cookies=necessary", null);
        view(ACCEPTED, "DNT");
        view(ACCEPTED, "Sec-GPC");
        assertEquals(before, views(), "nothing counted without acceptance or against DNT and GPC");
        var head = Api.request(PAGE).header("Cookie", ACCEPTED).method("HEAD", BodyPublishers.noBody());
        assertEquals(200, Api.send(head.build()).status());
        assertEquals(before, views(), "a HEAD request is no view");

        view(ACCEPTED, null);

        var counted = newest();
        assertEquals(before + 1, views());
        assertEquals(PAGE, counted.page());
        assertTrue(List.of("127.0.0.0", "0:0:0:0:0:0:0:0").contains(counted.ipNetwork()), counted.ipNetwork());
        assertFalse(
                em.createQuery(
                                        "select count(p) from PageView p where p.ipNetwork in ('127.0.0.1', '0:0:0:0:0:0:0:1')",
                                        Long.class)
                                .getSingleResult()
                        > 0,
                "a whole address is never stored");
    }

    @Test
    void a_choice_from_another_site_is_refused_and_the_opt_out_link_works_without_script() {
        var forged = choose("analytics", "/", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, forged.status());
        assertTrue(forged.response().headers().allValues("Set-Cookie").isEmpty());
        assertEquals(
                403,
                choose("analytics", "/", "Origin", "https://elsewhere.example").status());
        assertEquals(
                400, choose("everything", "/", "Sec-Fetch-Site", "same-origin").status());

        var accepted = choose("analytics", "//elsewhere.example/", "Sec-Fetch-Site", "same-origin");
        assertEquals(302, accepted.status());
        assertEquals(
                Api.BASE + "/",
                accepted.response().headers().firstValue("Location").orElse(""));
        var cookie = accepted.response().headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("anliegen_cookies=analytics;"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("secure"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), "asked once, also when coming from elsewhere: " + cookie);

        var optOut = Api.get("/site/opt-out");
        assertEquals(302, optOut.status());
        assertTrue(optOut.response()
                .headers()
                .firstValue("Set-Cookie")
                .orElse("")
                .startsWith("anliegen_cookies=necessary;"));
        assertTrue(
                optOut.response().headers().firstValue("Location").orElse("").endsWith("/cookies.xhtml?optedOut=true"));
    }

    @Test
    void views_older_than_the_kept_days_are_deleted_by_the_nightly_retention() throws Exception {
        transaction.begin();
        var old = new PageView(LocalDate.now().minusDays(401), PAGE, "192.0.2.0");
        var recent = new PageView(LocalDate.now().minusDays(399), PAGE, "192.0.2.0");
        em.persist(old);
        em.persist(recent);
        transaction.commit();

        var applied = retention.apply();

        assertTrue(applied.pageViewsDeleted() >= 1, applied::toString);
        em.clear();
        assertNull(em.find(PageView.class, old.id()));
        assertEquals(recent.page(), em.find(PageView.class, recent.id()).page());
    }

    private static void view(String cookie, String signal) {
        var request = Api.request(PAGE).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (signal != null) {
            request.header(signal, "1");
        }
        assertEquals(200, Api.send(request.build()).status());
    }

    private static Api.Reply choose(String choice, String back, String header, String value) {
        return Api.send(Api.request("/site/cookies")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(header, value)
                .POST(BodyPublishers.ofString("choice=" + choice + "&back=" + back))
                .build());
    }

    private long views() {
        return em.createQuery("select count(p) from PageView p where p.page = :page", Long.class)
                .setParameter("page", PAGE)
                .getSingleResult();
    }

    private PageView newest() {
        em.clear();
        return em.createQuery("select p from PageView p order by p.id desc", PageView.class)
                .setMaxResults(1)
                .getSingleResult();
    }
}
