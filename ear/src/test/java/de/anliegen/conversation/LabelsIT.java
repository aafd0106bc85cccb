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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Priority and tags through the API: the company's own labels, which the consumer never sees, filter the inbox, and
 * change for several requests at once, all or none. On MariaDB too: tags that the database's collation would take
 * for one ("müll", "mull") stay two.
 */
@OnEveryDatabase
class LabelsIT extends AgainstTheProduct {

    /**
     * A tag's requests stand in the order of their latest activity: a new message moves its request to the top of the
     * tag's list, as it does in every other list (on MariaDB the tag's rows carry their request's activity, V33_1).
     */
    @Test
    void a_new_message_moves_its_request_to_the_top_of_its_tags_list() {
        var consumer = Consumers.signUp("Tilda", "Takt");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var unique = "reihe " + ServiceRequests.newId().substring(0, 6).toLowerCase();
        var older = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Erst");
        var newer = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Dann");
        assertEquals(
                200, label(agent.accessToken(), older, null, List.of(unique)).status());
        assertEquals(
                200, label(agent.accessToken(), newer, null, List.of(unique)).status());
        assertEquals(List.of(newer, older), listed(agent.accessToken(), "tag=" + encode(unique)));

        ServiceRequests.send(consumer.accessToken(), older, "Noch eine Frage.");
        assertEquals(List.of(older, newer), listed(agent.accessToken(), "tag=" + encode(unique)));
        var first = listed(agent.accessToken(), "limit=1&tag=" + encode(unique));
        assertEquals(List.of(older), first);
        var page = Api.get("/api/v1/conversations?queue=all&limit=1&tag=" + encode(unique), agent.accessToken());
        var second = listed(
                agent.accessToken(),
                "limit=1&tag=" + encode(unique) + "&after=" + page.json().getString("next"));
        assertEquals(List.of(newer), second, "the next page continues after the first");
    }

    @Test
    void an_agent_labels_a_request_the_company_hears_of_it_and_the_consumer_never_does() {
        var consumer = Consumers.signUp("Lars", "Label");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Mülltonne fehlt");
        var agent = ServiceRequests.stadtwerkeAgent();
        var unique = "etikett " + ServiceRequests.newId().substring(0, 6).toLowerCase();
        try (var company = StreamClient.ready(agent.accessToken(), null);
                var app = StreamClient.ready(consumer.accessToken(), null)) {
            var labelled = label(agent.accessToken(), id, "URGENT", List.of("Müll", "mull", " Rückruf ", unique));
            assertEquals(200, labelled.status(), labelled::toString);
            assertEquals("urgent", labelled.json().getString("priority"));
            assertEquals(
                    List.of(unique, "mull", "müll", "rückruf"),
                    strings(labelled.json().getJsonArray("tags")));

            var event = company.next("labels");
            assertEquals(
                    id, event.getJsonObject("conversation").getJsonNumber("id").longValue());
            assertEquals("urgent", event.getJsonObject("conversation").getString("priority"));
            var heard = app.poll(Duration.ofMillis(500));
            while (heard != null) {
                assertFalse(heard.getString("type").equals("labels"), heard::toString);
                assertFalse(heard.toString().contains("urgent"), heard::toString);
                heard = app.poll(Duration.ofMillis(300));
            }
        }
        var seen = ServiceRequests.conversation(consumer.accessToken(), id);
        assertFalse(seen.containsKey("priority") || seen.containsKey("tags"), seen::toString);

        // the tags filter the inbox, alone or with the priority; the company's tags are offered
        assertEquals(List.of(id), listed(agent.accessToken(), "tag=" + encode(unique)));
        assertEquals(List.of(id), listed(agent.accessToken(), "priority=urgent&tag=" + encode(unique)));
        assertEquals(List.of(), listed(agent.accessToken(), "priority=low&tag=" + encode(unique)));
        assertEquals(List.of(), listed(agent.accessToken(), "tag=" + encode(unique + "x")));
        var tags = Api.get("/api/v1/conversations/tags", agent.accessToken());
        assertEquals(200, tags.status(), tags::toString);
        assertTrue(strings(tags.json().getJsonArray("tags")).contains(unique), tags::toString);
        assertEquals(
                403,
                Api.get("/api/v1/conversations/tags", consumer.accessToken()).status());

        // leaving out what stays, and removing all tags
        var kept = Api.sendJson("PUT", labels(id), "{\"tags\":[]}", agent.accessToken());
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("urgent", kept.json().getString("priority"));
        assertEquals(List.of(), strings(kept.json().getJsonArray("tags")));
    }

    @Test
    void a_bad_priority_or_tag_is_refused_with_its_reason_and_only_the_companys_agents_label() {
        var consumer = Consumers.signUp("Berta", "Böse");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Etiketten");
        var agent = ServiceRequests.stadtwerkeAgent().accessToken();

        assertProblem(label(agent, id, "sofort", null), 400, "invalid", "priority");
        assertProblem(label(agent, id, null, List.of("<b>")), 400, "invalid-tag", "tags");
        assertProblem(label(agent, id, null, List.of("x".repeat(31))), 400, "invalid-tag", "tags");
        assertProblem(
                label(
                        agent,
                        id,
                        null,
                        IntStream.range(0, 11).mapToObj(i -> "t" + i).toList()),
                400,
                "invalid",
                "tags");
        assertEquals(
                400, Api.sendJson("PUT", labels(id), "{\"tags\":[null]}", agent).status());
        assertEquals(403, label(consumer.accessToken(), id, "high", null).status());
        assertEquals(
                404,
                label(ServiceRequests.baeckereiAgent().accessToken(), id, "high", null)
                        .status());
        assertEquals(
                400, Api.get("/api/v1/conversations?priority=sofort", agent).status());
        assertEquals(
                400,
                Api.get("/api/v1/conversations?tag=" + encode("<b>"), agent).status());
        assertEquals("normal", ServiceRequests.conversation(agent, id).getString("priority"), "nothing was stored");
    }

    @Test
    void a_change_to_several_requests_applies_to_all_or_to_none() {
        var consumer = Consumers.signUp("Mia", "Mehrere");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var first = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Erstens");
        var second = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Zweitens");
        var closed = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Erledigt schon");
        assertEquals(
                200,
                Api.post("/api/v1/conversations/" + closed + "/close", "{}", consumer.accessToken())
                        .status());
        var other = Consumers.signUp("Olga", "Other");
        ServiceRequests.connect(other.accessToken(), ServiceRequests.BAECKEREI);
        var foreign = ServiceRequests.open(other.accessToken(), ServiceRequests.BAECKEREI, "Fremd");
        var agent = ServiceRequests.stadtwerkeAgent();
        var tag = "sammel " + ServiceRequests.newId().substring(0, 6).toLowerCase();

        // one request of another company: nothing changes, and it is not found
        assertEquals(
                404,
                change(agent.accessToken(), List.of(first, second, foreign), "resolved", tag)
                        .status());
        // one closed request and a status: refused naming it, nothing changes
        var refused = change(agent.accessToken(), List.of(first, closed), "resolved", null);
        assertProblem(refused, 409, "conversation-closed", null);
        assertTrue(refused.json().getString("detail").contains(String.valueOf(closed)), refused::toString);
        for (var id : List.of(first, second)) {
            var unchanged = ServiceRequests.conversation(agent.accessToken(), id);
            assertEquals("open", unchanged.getString("status"));
            assertEquals(List.of(), strings(unchanged.getJsonArray("tags")));
        }

        var changed = Api.post(
                "/api/v1/conversations/changes",
                Json.createObjectBuilder()
                        .add(
                                "ids",
                                Json.createArrayBuilder().add(second).add(first).add(first))
                        .add("status", "resolved")
                        .add("assign", true)
                        .add("agentId", agent.id())
                        .add("addTag", tag)
                        .build()
                        .toString(),
                agent.accessToken());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(2, changed.jsonArray().size());
        for (var view : changed.jsonArray().getValuesAs(JsonObject.class)) {
            assertEquals("resolved", view.getString("status"));
            assertEquals(agent.id(), view.getJsonNumber("assignedAgentId").longValue());
            assertEquals(List.of(tag), strings(view.getJsonArray("tags")));
        }
        // a tag alone may go on a closed request too
        assertEquals(
                200, change(agent.accessToken(), List.of(closed), null, tag).status());
        assertEquals(
                List.of(tag),
                strings(ServiceRequests.conversation(agent.accessToken(), closed)
                        .getJsonArray("tags")));

        assertEquals(
                400, change(agent.accessToken(), List.of(), "resolved", null).status());
        assertEquals(
                400, change(agent.accessToken(), List.of(first), null, null).status());
        assertEquals(
                400,
                change(
                                agent.accessToken(),
                                IntStream.rangeClosed(1, 101)
                                        .mapToObj(i -> (long) i)
                                        .toList(),
                                null,
                                tag)
                        .status());
        assertEquals(
                403, change(consumer.accessToken(), List.of(first), null, tag).status());
    }

    private static Api.Reply label(String token, long id, String priority, List<String> tags) {
        var body = Json.createObjectBuilder();
        if (priority != null) {
            body.add("priority", priority);
        }
        if (tags != null) {
            body.add("tags", Json.createArrayBuilder(tags));
        }
        return Api.sendJson("PUT", labels(id), body.build().toString(), token);
    }

    private static Api.Reply change(String token, List<Long> ids, String status, String addTag) {
        var body = Json.createObjectBuilder().add("ids", Json.createArrayBuilder(ids));
        if (status != null) {
            body.add("status", status);
        }
        if (addTag != null) {
            body.add("addTag", addTag);
        }
        return Api.post("/api/v1/conversations/changes", body.build().toString(), token);
    }

    private static String labels(long id) {
        return "/api/v1/conversations/" + id + "/labels";
    }

    private static List<Long> listed(String token, String query) {
        var page = Api.get("/api/v1/conversations?queue=all&" + query, token);
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
    }

    private static void assertProblem(Api.Reply reply, int status, String type, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("/problems/" + type, reply.json().getString("type"), reply::toString);
        if (field != null) {
            assertTrue(reply.body().contains("\"" + field + "\""), reply::toString);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
