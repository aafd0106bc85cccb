package de.anliegen.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/** The test DSL for service requests: agents signing in to the API, connecting, opening, sending, paging. */
public final class ServiceRequests {

    public static final String STADTWERKE = "stadtwerke-musterstadt";
    public static final String BAECKEREI = "baeckerei-sommer";

    private ServiceRequests() {}

    /** An agent signed in to the API: their token, account id and company. */
    public record Agent(String accessToken, long id, long companyId) {}

    /** The demo agent of the Stadtwerke (dev mode's demo data). */
    public static Agent stadtwerkeAgent() {
        return signInAgent("agent@stadtwerke-musterstadt.example", "demo-agent-2026");
    }

    /** The demo company admin of the Stadtwerke, also an agent there. */
    public static Agent stadtwerkeAdmin() {
        return signInAgent("admin@stadtwerke-musterstadt.example", "demo-admin-2026");
    }

    /** The demo agent of the Bäckerei: another company. */
    public static Agent baeckereiAgent() {
        return signInAgent("agent@baeckerei-sommer.example", "demo-agent-2026");
    }

    public static Agent signInAgent(String email, String password) {
        var reply = Api.post(
                "/api/v1/staff/sessions",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("password", password)
                        .build()
                        .toString());
        assertEquals(200, reply.status(), reply::toString);
        var json = reply.json();
        var account = json.getJsonObject("account");
        return new Agent(
                json.getString("accessToken"),
                account.getJsonNumber("id").longValue(),
                account.getJsonNumber("companyId").longValue());
    }

    public static void connect(String consumerToken, String company) {
        var reply = Api.post("/api/v1/me/companies/" + company, "", consumerToken);
        assertEquals(201, reply.status(), reply::toString);
    }

    public static Reply open(String consumerToken, String company, String subject, String text, String requestId) {
        var body = Json.createObjectBuilder()
                .add("company", company)
                .add("subject", subject)
                .add("text", text)
                .add("requestId", requestId)
                .build();
        return Api.post("/api/v1/conversations", body.toString(), consumerToken);
    }

    /** Opens a request and answers its id. */
    public static long open(String consumerToken, String company, String subject) {
        var reply = open(consumerToken, company, subject, "Guten Tag, " + subject, newId());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    public static Reply send(String token, long conversation, String clientMessageId, String text) {
        var body = Json.createObjectBuilder()
                .add("clientMessageId", clientMessageId)
                .add("text", text)
                .build();
        return Api.post("/api/v1/conversations/" + conversation + "/messages", body.toString(), token);
    }

    /** Sends a message and answers it as the server stored it. */
    public static JsonObject send(String token, long conversation, String text) {
        var reply = send(token, conversation, newId(), text);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /**
     * Sends {@code count} messages ("Nachricht 1", "Nachricht 2", ...), four at a time: they are numbered in the order
     * they arrive, not in the order of their texts.
     */
    public static void sendMany(String token, long conversation, int count) {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var sends = IntStream.rangeClosed(1, count)
                    .mapToObj(i -> pool.submit(() -> send(token, conversation, "Nachricht " + i)))
                    .toList();
            for (var sent : sends) {
                sent.get(2, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a send failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    public static Reply messages(String token, long conversation, long after, int limit) {
        return Api.get("/api/v1/conversations/" + conversation + "/messages?after=" + after + "&limit=" + limit, token);
    }

    public static JsonObject conversation(String token, long conversation) {
        var reply = Api.get("/api/v1/conversations/" + conversation, token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** The ids of the conversations the agent's inbox (all of it) finds for this search, newest activity first. */
    public static List<Long> search(String agentToken, String term) {
        var reply = Api.get(
                "/api/v1/conversations?queue=all&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8), agentToken);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("id").longValue())
                .toList();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
