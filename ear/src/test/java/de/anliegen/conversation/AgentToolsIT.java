package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The agents' tools in the API: internal notes, canned responses and searching the inbox. */
@OnEveryDatabase
class AgentToolsIT extends AgainstTheProduct {

    @Test
    void an_internal_note_reaches_the_companys_stream_and_never_the_consumer() {
        var consumer = Consumers.signUp("Lena", "Intern");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Notizen");
        var agent = ServiceRequests.stadtwerkeAgent();
        try (var company = StreamClient.ready(agent.accessToken(), null);
                var app = StreamClient.ready(consumer.accessToken(), null)) {
            var added = Api.post(notes(id), text("Rückruf vereinbart"), agent.accessToken());
            assertEquals(201, added.status(), added::toString);
            assertEquals("Alex Agent", added.json().getString("agentName"));

            var event = company.next("note");
            assertEquals(id, event.getJsonNumber("conversationId").longValue());
            assertEquals("Rückruf vereinbart", event.getJsonObject("note").getString("text"));
            ServiceRequests.send(agent.accessToken(), id, "Wir rufen Sie an.");
            assertEquals("message", app.next("message", "note").getString("type"));

            var listed = Api.get(notes(id), agent.accessToken());
            assertEquals(200, listed.status(), listed::toString);
            assertEquals(
                    "Rückruf vereinbart", listed.jsonArray().getJsonObject(0).getString("text"));
        }
        assertEquals(403, Api.get(notes(id), consumer.accessToken()).status());
        assertEquals(
                403,
                Api.post(notes(id), text("von außen"), consumer.accessToken()).status());
        var other = ServiceRequests.baeckereiAgent();
        assertEquals(404, Api.get(notes(id), other.accessToken()).status());
        assertEquals(
                404, Api.post(notes(id), text("fremd"), other.accessToken()).status());
        assertEquals(
                400,
                Api.post(notes(id), text(" "), ServiceRequests.stadtwerkeAgent().accessToken())
                        .status());
        var messages =
                ServiceRequests.messages(consumer.accessToken(), id, 0, 50).body();
        assertFalse(messages.contains("Rückruf vereinbart"), messages);
    }

    @Test
    void company_admins_write_canned_responses_their_agents_read_them_and_other_companies_never_see_them() {
        var admin = ServiceRequests.stadtwerkeAdmin();
        var agent = ServiceRequests.stadtwerkeAgent();
        var other = ServiceRequests.baeckereiAgent();
        var title = "Termin " + ServiceRequests.newId().substring(0, 8);

        var added = Api.post("/api/v1/canned-responses", canned(title, "Hallo {firstName}!"), admin.accessToken());
        assertEquals(201, added.status(), added::toString);
        var id = added.json().getJsonNumber("id").longValue();
        assertEquals(
                409,
                Api.post("/api/v1/canned-responses", canned(title, "doppelt"), admin.accessToken())
                        .status());
        assertEquals(
                409,
                Api.post(
                                "/api/v1/canned-responses",
                                canned(title.toUpperCase(java.util.Locale.ROOT), "fast doppelt"),
                                admin.accessToken())
                        .status(),
                "a title differing in case only would stand twice in the agents' list");
        assertEquals(
                403,
                Api.post("/api/v1/canned-responses", canned("Agent", "darf nicht"), agent.accessToken())
                        .status());

        assertTrue(titles(agent.accessToken()).contains(title));
        assertFalse(titles(other.accessToken()).contains(title));
        assertEquals(
                403,
                Api.sendJson("PUT", "/api/v1/canned-responses/" + id, canned("Fremd", "x"), other.accessToken())
                        .status());

        var changed = Api.sendJson(
                "PUT", "/api/v1/canned-responses/" + id, canned(title, "Guten Tag {firstName}"), admin.accessToken());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Guten Tag {firstName}", changed.json().getString("text"));
        assertEquals(
                400,
                Api.post("/api/v1/canned-responses", canned("", "ohne Titel"), admin.accessToken())
                        .status());
        // what a message may not hold, its template may not either: it would be refused when sent
        var control = Api.post(
                "/api/v1/canned-responses",
                canned("Steuerzeichen", "Zeile" + (char) 11 + "Zeile"),
                admin.accessToken());
        assertEquals(400, control.status(), control::toString);
        assertEquals(
                "text", control.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(
                204,
                Api.delete("/api/v1/canned-responses/" + id, admin.accessToken())
                        .status());
        assertFalse(titles(agent.accessToken()).contains(title));
    }

    @Test
    void agents_search_their_inbox_by_name_number_subject_and_text_with_wildcards_taken_literally() {
        var token = ServiceRequests.newId().substring(0, 6);
        var name = "Suchfrau" + token.replaceAll("[^a-z]", "x");
        var consumer = Consumers.signUp(name, "Findbar");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var bySubject = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Betreff " + token);
        var byText = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Anderes");
        ServiceRequests.send(consumer.accessToken(), byText, "Im Text steht 100%_sicher " + token);
        var agent = ServiceRequests.stadtwerkeAgent();

        assertEquals(List.of(byText, bySubject), ServiceRequests.search(agent.accessToken(), name + " findbar"));
        assertEquals(List.of(bySubject), ServiceRequests.search(agent.accessToken(), "betreff " + token));
        assertEquals(List.of(byText), ServiceRequests.search(agent.accessToken(), "100%_sicher " + token));
        assertEquals(List.of(), ServiceRequests.search(agent.accessToken(), "100__sicher " + token));
        assertEquals(List.of(byText, bySubject), ServiceRequests.search(agent.accessToken(), consumer.mobileNumber()));
        var national = consumer.mobileNumber().replace("+49", "0");
        assertEquals(
                List.of(byText, bySubject),
                ServiceRequests.search(agent.accessToken(), national.substring(0, 4) + " " + national.substring(4)),
                "the number as people type it");
        assertEquals(
                List.of(byText, bySubject),
                ServiceRequests.search(
                        agent.accessToken(),
                        "+49 " + consumer.mobileNumber().substring(3, 6) + " "
                                + consumer.mobileNumber().substring(6)));
        assertEquals(
                List.of(),
                ServiceRequests.search(ServiceRequests.baeckereiAgent().accessToken(), token));
    }

    @Test
    void any_search_term_is_answered_and_each_piece_finds_what_was_written() {
        var token = "k" + ServiceRequests.newId().substring(0, 6);
        var consumer = Consumers.signUp("Zeichen", "Satz");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var request = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Sonderzeichen");
        ServiceRequests.send(
                consumer.accessToken(),
                request,
                "Mein Zugang für C++ \"Zitat\" 50% \\\\server\\pfad O'Brien ok Straße " + token);
        var agent = ServiceRequests.stadtwerkeAgent().accessToken();

        for (var piece : List.of("C++", "50%", "\"Zitat\"", "\\\\server", "o'brien", "OK", "straße", "ZUGANG", "für")) {
            assertEquals(List.of(request), ServiceRequests.search(agent, piece + " " + token), piece);
        }
        assertEquals(List.of(request), ServiceRequests.search(agent, token.toUpperCase(Locale.ROOT)));
        assertEquals(List.of(), ServiceRequests.search(agent, "C+++ " + token), "as typed");
        assertEquals(List.of(), ServiceRequests.search(agent, "51% " + token));
        for (var term : List.of(
                "%",
                "_",
                "\"",
                "'",
                "\\",
                "+",
                "-",
                "*",
                "+-*\"()<>~@",
                "\uD83D\uDE00",
                "\"".repeat(100),
                "a".repeat(100),
                "+zugang -ok",
                "\"zugang\"",
                "zug*",
                "(c++)",
                "🙂 ".repeat(30))) {
            var reply = Api.get(
                    "/api/v1/conversations?queue=all&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8), agent);
            assertEquals(200, reply.status(), () -> term + ": " + reply);
        }
    }

    @Test
    void a_search_never_finds_by_name_or_number_a_consumer_whose_name_the_inbox_hides() {
        var token = ServiceRequests.newId().substring(0, 6);
        var name = "Gehfrau" + token.replaceAll("[^a-z]", "x");
        var consumer = Consumers.signUp(name, "Getrennt");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var request = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Betreff " + token);
        var agent = ServiceRequests.stadtwerkeAgent();
        assertEquals(List.of(request), ServiceRequests.search(agent.accessToken(), name));

        assertEquals(
                204,
                Api.delete("/api/v1/me/companies/" + STADTWERKE, consumer.accessToken())
                        .status());

        assertEquals(List.of(), ServiceRequests.search(agent.accessToken(), name), "disconnected: no name");
        assertEquals(List.of(), ServiceRequests.search(agent.accessToken(), consumer.mobileNumber()));
        assertEquals(
                List.of(request),
                ServiceRequests.search(agent.accessToken(), "Betreff " + token),
                "the request itself stays in the inbox");
    }

    private static List<String> titles(String token) {
        var reply = Api.get("/api/v1/canned-responses", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("title"))
                .toList();
    }

    private static String notes(long id) {
        return "/api/v1/conversations/" + id + "/notes";
    }

    private static String text(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private static String canned(String title, String text) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("text", text)
                .build()
                .toString();
    }
}
