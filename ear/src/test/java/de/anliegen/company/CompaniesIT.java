package de.anliegen.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Finding participating companies, and connecting with them (the demo companies of dev mode). */
@OnEveryDatabase
class CompaniesIT extends AgainstTheProduct {

    @Test
    void anyone_finds_companies_by_name_in_any_case_one_page_at_a_time() {
        var found = Api.get("/api/v1/companies?q=STADTWERKE");

        assertEquals(200, found.status(), found::toString);
        var company = found.json().getJsonArray("companies").getJsonObject(0);
        assertEquals("stadtwerke-musterstadt", company.getString("handle"));
        assertEquals("Stadtwerke Musterstadt", company.getString("name"));
        assertEquals("Mo–Fr 8–18 Uhr", company.getString("serviceHours"));

        var all = Api.get("/api/v1/companies").json();
        assertTrue(all.getInt("total") >= 2, all::toString);
        var second = Api.get("/api/v1/companies?offset=1&limit=1").json();
        assertEquals(1, second.getJsonArray("companies").size());
        assertEquals(
                all.getJsonArray("companies").getJsonObject(1).getString("handle"),
                second.getJsonArray("companies").getJsonObject(0).getString("handle"));
    }

    @Test
    void wildcards_in_the_query_are_taken_literally() {
        var found = Api.get("/api/v1/companies?q=%25").json();

        assertEquals(0, found.getInt("total"), found::toString);
    }

    @Test
    void a_query_parameter_the_operation_does_not_know_is_refused_not_ignored() {
        var misspelt = Api.get("/api/v1/companies?query=STADTWERKE");

        assertEquals(400, misspelt.status(), misspelt::toString);
        var problem = misspelt.json();
        assertTrue(problem.getString("type").endsWith("/unknown-query-parameter"), problem::toString);
        assertEquals("query", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("limit, offset, q"), problem::toString);
    }

    @Test
    void a_page_larger_than_100_is_refused() {
        var reply = Api.get("/api/v1/companies?limit=101");

        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "limit", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_consumer_connects_and_disconnects_and_both_moments_are_recorded() {
        var anna = Consumers.signUp("Anna", "Verbunden");

        var connected = Api.post("/api/v1/me/companies/baeckerei-sommer", "", anna.accessToken());
        assertEquals(201, connected.status(), connected::toString);
        assertEquals(
                "Bäckerei Sommer", connected.json().getJsonObject("company").getString("name"));
        assertEquals(
                200,
                Api.post("/api/v1/me/companies/baeckerei-sommer", "", anna.accessToken())
                        .status(),
                "once");
        var mine = Api.get("/api/v1/me/companies", anna.accessToken()).jsonArray();
        assertEquals(1, mine.size());

        assertEquals(
                204,
                Api.delete("/api/v1/me/companies/baeckerei-sommer", anna.accessToken())
                        .status());

        assertTrue(
                Api.get("/api/v1/me/companies", anna.accessToken()).jsonArray().isEmpty());
        var history =
                Api.get("/api/v1/me/companies?all=true", anna.accessToken()).jsonArray();
        var ended = history.getJsonObject(0);
        assertFalse(ended.isNull("endedAt"), history::toString);
        assertTrue(!Instant.parse(ended.getString("endedAt")).isBefore(Instant.parse(ended.getString("connectedAt"))));
        assertEquals(
                404,
                Api.delete("/api/v1/me/companies/baeckerei-sommer", anna.accessToken())
                        .status());
        assertEquals(
                201,
                Api.post("/api/v1/me/companies/baeckerei-sommer", "", anna.accessToken())
                        .status(),
                "connecting again is a new connection");
        assertEquals(
                2,
                Api.get("/api/v1/me/companies?all=true", anna.accessToken())
                        .jsonArray()
                        .size());
    }

    @Test
    void connecting_from_several_tabs_at_once_makes_one_connection_and_answers_each() throws Exception {
        var cleo = Consumers.signUp("Cleo", "Doppelt");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        try {
            var replies = new ArrayList<Future<Api.Reply>>();
            for (var i = 0; i < 6; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.post("/api/v1/me/companies/baeckerei-sommer", "", cleo.accessToken());
                }));
            }
            start.countDown();
            var created = 0;
            for (var reply : replies) {
                var answered = reply.get();
                assertTrue(answered.status() == 200 || answered.status() == 201, answered::toString);
                created += answered.status() == 201 ? 1 : 0;
            }
            assertEquals(1, created, "one of them made it");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                1,
                Api.get("/api/v1/me/companies?all=true", cleo.accessToken())
                        .jsonArray()
                        .size());
    }

    @Test
    void connections_need_a_consumer_and_a_company_that_exists() {
        var ben = Consumers.signUp("Ben", "Niemand");

        assertEquals(
                404,
                Api.post("/api/v1/me/companies/no-such-company", "", ben.accessToken())
                        .status());
        assertEquals(401, Api.get("/api/v1/me/companies").status());
        assertEquals(401, Api.post("/api/v1/me/companies/baeckerei-sommer", "").status());
    }

    @Test
    void a_company_admin_gives_the_company_a_logo_that_everyone_sees_and_no_one_else_changes() {
        var admin = ServiceRequests.stadtwerkeAdmin();
        var png = Binary.image("png", 300, 120);

        var changed = Binary.upload(
                "PUT", "/api/v1/companies/stadtwerke-musterstadt/logo", admin.accessToken(), "image/png", png);

        assertEquals(200, changed.status(), changed::toString);
        var address = changed.json().getString("logo");
        assertTrue(address.startsWith("/api/v1/companies/stadtwerke-musterstadt/logo?v="), address);
        var profile = Api.get("/api/v1/companies/stadtwerke-musterstadt").json();
        assertEquals(address, profile.getString("logo"));
        var logo = Binary.download(address, null);
        assertEquals(200, logo.statusCode());
        assertEquals("image/png", logo.headers().firstValue("Content-Type").orElseThrow());

        var agent = ServiceRequests.stadtwerkeAgent();
        var byAgent = Binary.upload(
                "PUT", "/api/v1/companies/stadtwerke-musterstadt/logo", agent.accessToken(), "image/png", png);
        var otherCompany =
                Binary.upload("PUT", "/api/v1/companies/baeckerei-sommer/logo", admin.accessToken(), "image/png", png);
        var consumer = Consumers.signUp("Carl", "Kunde");
        var byConsumer = Binary.upload(
                "PUT", "/api/v1/companies/baeckerei-sommer/logo", consumer.accessToken(), "image/png", png);
        assertEquals(403, byAgent.status(), byAgent::toString);
        assertEquals(403, otherCompany.status(), otherCompany::toString);
        assertEquals(403, byConsumer.status(), byConsumer::toString);
        assertFalse(Api.get("/api/v1/companies/baeckerei-sommer").json().containsKey("logo"));
        assertEquals(404, Api.get("/api/v1/companies/no-such-company").status());
    }
}
