package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.privacy.boundary.Purpose;
import de.anliegen.privacy.entity.Consent;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.ServiceRequests;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consents per purpose: given and withdrawn through the API, with wording version, time and channel, and audited. */
@ExtendWith(ArquillianExtension.class)
class ConsentsIT {

    private static final String VERSION = Purpose.MARKETING.version();

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_new_consumer_has_decided_nothing_and_connecting_with_a_company_gives_consent_to_service_requests() {
        var consumer = Consumers.signUp("Nora", "Neu");

        var before = consents(consumer.accessToken());
        assertEquals(4, before.size(), before::toString);
        for (var purpose : Purpose.values()) {
            var consent = purpose(before, purpose.key());
            assertFalse(consent.getBoolean("granted"), consent::toString);
            assertFalse(consent.containsKey("decidedAt"), consent::toString);
            assertEquals(purpose.version(), consent.getString("currentVersion"));
            assertFalse(consent.getJsonObject("wording").getString("de").isBlank());
            assertFalse(consent.getJsonObject("wording").getString("en").isBlank());
        }

        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);

        var service = purpose(consents(consumer.accessToken()), "service-requests");
        assertTrue(service.getBoolean("granted"));
        assertEquals("connection", service.getString("channel"));
        assertEquals(VERSION, service.getString("version"));
        assertTrue(service.containsKey("decidedAt"));
    }

    @Test
    void withdrawing_service_requests_ends_every_connection_at_once_and_keeps_the_record_that_consent_existed() {
        var consumer = Consumers.signUp("Walter", "Widerruf");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.BAECKEREI);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Umzug");
        var agent = ServiceRequests.stadtwerkeAgent();

        var reply = decide(consumer.accessToken(), decision("service-requests", false, null));

        assertEquals(200, reply.status(), reply::toString);
        assertFalse(purpose(reply.jsonArray(), "service-requests").getBoolean("granted"));
        assertEquals("app", purpose(reply.jsonArray(), "service-requests").getString("channel"));
        assertEquals(
                0,
                Api.get("/api/v1/me/companies", consumer.accessToken())
                        .jsonArray()
                        .size());
        var seen = ServiceRequests.conversation(agent.accessToken(), conversation);
        assertFalse(seen.containsKey("consumer"), seen::toString);
        var write = ServiceRequests.send(agent.accessToken(), conversation, ServiceRequests.newId(), "Noch da?");
        assertEquals(409, write.status(), write::toString);

        var history = em.createNamedQuery(Consent.OF_CONSUMER, Consent.class)
                .setParameter("consumer", consumer.id())
                .getResultList();
        assertEquals(
                List.of(true, false), history.stream().map(Consent::granted).toList());
        assertEquals(
                List.of("connection", "app"),
                history.stream().map(Consent::channel).toList());
        var audited = em.createQuery(
                        "select e.action from AuditEvent e where e.consumerId = :c and e.purpose = 'consent' order by e.seq",
                        String.class)
                .setParameter("c", consumer.id())
                .getResultList();
        assertEquals(List.of("consent.given", "consent.withdrawn"), audited);
    }

    @Test
    void optional_purposes_are_given_to_the_current_wording_only_and_all_or_nothing() {
        var consumer = Consumers.signUp("Olga", "Optional");

        var outdated = decide(consumer.accessToken(), decision("marketing", true, "2015-06-10"));
        var unknown = decide(
                consumer.accessToken(),
                decision("product-analytics", true, VERSION),
                decision("newsletter-to-partners", true, VERSION));
        var undecided = decide(
                consumer.accessToken(),
                Json.createObjectBuilder()
                        .add("purpose", "marketing")
                        .add("version", VERSION)
                        .build());
        var empty = Api.sendJson("PUT", "/api/v1/me/consents", "{\"consents\":[]}", consumer.accessToken());

        assertEquals(409, outdated.status(), outdated::toString);
        assertEquals("/problems/consent-wording-changed", outdated.json().getString("type"));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("/problems/invalid-purpose", unknown.json().getString("type"));
        assertEquals(400, undecided.status(), undecided::toString);
        assertEquals(400, empty.status(), empty::toString);
        var after = consents(consumer.accessToken());
        assertFalse(purpose(after, "product-analytics").getBoolean("granted"), "nothing of a refused PUT is stored");
        assertFalse(purpose(after, "marketing").getBoolean("granted"));

        var given = decide(
                consumer.accessToken(),
                decision("product-analytics", true, VERSION),
                decision("marketing", false, null));
        assertEquals(200, given.status(), given::toString);
        assertTrue(purpose(given.jsonArray(), "product-analytics").getBoolean("granted"));
        assertEquals("app", purpose(given.jsonArray(), "product-analytics").getString("channel"));
        assertTrue(
                !purpose(given.jsonArray(), "marketing").containsKey("decidedAt"),
                "withdrawing what was never given records nothing");
        assertNull(em.createQuery(
                        "select max(e.seq) from AuditEvent e where e.consumerId = :c and e.action = 'consent.withdrawn'",
                        Long.class)
                .setParameter("c", consumer.id())
                .getSingleResult());
    }

    private static JsonArray consents(String token) {
        var reply = Api.get("/api/v1/me/consents", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray();
    }

    private static JsonObject purpose(JsonArray consents, String purpose) {
        return consents.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("purpose").equals(purpose))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + purpose + " in " + consents));
    }

    private static JsonObject decision(String purpose, boolean granted, String version) {
        var decision = Json.createObjectBuilder().add("purpose", purpose).add("granted", granted);
        if (version != null) {
            decision.add("version", version);
        }
        return decision.build();
    }

    private static Api.Reply decide(String token, JsonObject... decisions) {
        var list = Json.createArrayBuilder();
        for (var decision : decisions) {
            list.add(decision);
        }
        var body = Json.createObjectBuilder().add("consents", list).build();
        return Api.sendJson("PUT", "/api/v1/me/consents", body.toString(), token);
    }
}
