package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.DataSubjects;
import de.anliegen.privacy.entity.PageView;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.DataProtectionOfficer;
import de.anliegen.support.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The app's product analytics: a screen is counted like a page, only with consent, and never with who viewed it. */
@ExtendWith(ArquillianExtension.class)
class ScreenViewsIT {

    private static final String ANALYTICS = "product-analytics";

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Inject
    DataProtectionOfficer dpo;

    @Inject
    DataSubjects subjects;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_screen_is_counted_only_with_consent_to_product_analytics_without_dnt_gpc_or_a_restriction() {
        var consumer = Consumers.signUp("Paula", "Produkt");
        var before = views("/app#/companies");

        var refused = view(consumer.accessToken(), "companies", null);
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("/problems/consent-required", refused.json().getString("type"));

        Consumers.consent(consumer, ANALYTICS, true);
        var counted = view(consumer.accessToken(), "companies", null);
        assertEquals(200, counted.status(), counted::toString);
        assertTrue(counted.json().getBoolean("counted"));
        assertEquals(before + 1, views("/app#/companies"));
        var stored = newest();
        assertEquals("/app#/companies", stored.page());
        assertTrue(List.of("127.0.0.0", "0:0:0:0:0:0:0:0").contains(stored.ipNetwork()), stored.ipNetwork());

        for (var signal : List.of("DNT", "Sec-GPC")) {
            var notTracked = view(consumer.accessToken(), "companies", signal);
            assertEquals(200, notTracked.status(), notTracked::toString);
            assertFalse(notTracked.json().getBoolean("counted"), signal);
        }
        dpo.does(() -> subjects.restrict(new ConsumerId(consumer.id())));
        assertFalse(view(consumer.accessToken(), "companies", null).json().getBoolean("counted"), "restricted");
        dpo.does(() -> subjects.lift(new ConsumerId(consumer.id())));
        assertEquals(before + 1, views("/app#/companies"), "nothing counted against a signal or a restriction");

        Consumers.consent(consumer, ANALYTICS, false);
        assertEquals(403, view(consumer.accessToken(), "companies", null).status(), "a withdrawal works at once");
        assertEquals(before + 1, views("/app#/companies"));
    }

    @Test
    void only_the_apps_screens_are_counted_and_never_an_id() {
        var consumer = Consumers.signUp("Ida", "Identisch");
        Consumers.consent(consumer, ANALYTICS, true);

        for (var screen : List.of("conversations/17", "/admin", "")) {
            var refused = view(consumer.accessToken(), screen, null);
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("/problems/invalid-screen", refused.json().getString("type"));
        }
        var unsigned = Api.post("/api/v1/me/screen-views", "{\"screen\":\"companies\"}");
        assertEquals(401, unsigned.status());

        var before = views("/app#/conversations/{id}");
        assertTrue(view(consumer.accessToken(), "conversation", null).json().getBoolean("counted"));
        assertEquals(before + 1, views("/app#/conversations/{id}"));
        assertEquals(
                0L,
                em.createQuery(
                                "select count(p) from PageView p where p.page like '%" + consumer.id() + "%'",
                                Long.class)
                        .getSingleResult());
    }

    private static Api.Reply view(String token, String screen, String signal) {
        var request = Api.request("/api/v1/me/screen-views")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"screen\":\"" + screen + "\"}"));
        if (signal != null) {
            request.header(signal, "1");
        }
        return Api.send(request.build());
    }

    private long views(String page) {
        return em.createQuery("select count(p) from PageView p where p.page = :page", Long.class)
                .setParameter("page", page)
                .getSingleResult();
    }

    private PageView newest() {
        return em.createQuery("select p from PageView p order by p.id desc", PageView.class)
                .setMaxResults(1)
                .getSingleResult();
    }
}
