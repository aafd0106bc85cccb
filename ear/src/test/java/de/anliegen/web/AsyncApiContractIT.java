package de.anliegen.web;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.ContractTools;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stream's AsyncAPI document as a mobile team meets it (issue 20): AsyncAPI's own parser reads it without an
 * error, its server is this installation, and it tells the truth: every frame real sockets of a consumer and an agent
 * exchange while a request is opened, answered, marked, noted, resolved and closed is a message the document declares
 * in its direction and fits its payload schema (validate-asyncapi.mjs); the close codes bad clients get are in it.
 */
class AsyncApiContractIT extends AgainstTheProduct {

    private static final Duration LIMIT = Duration.ofMinutes(1);
    private static final String VALIDATE = "validate-asyncapi.mjs";

    @Test
    void asyncapis_parser_reads_the_served_document_without_an_error_and_finds_this_installations_stream() {
        var served = Api.get("/api/asyncapi.yaml");
        assertEquals(200, served.status(), "served to anyone, without a token: " + served);
        assertTrue(served.contentType().startsWith("application/yaml"), served::toString);

        var run = ContractTools.npm(LIMIT, "node", VALIDATE, document().toString())
                .succeeded();

        var stream = Api.BASE.toString().replace("https://", "wss://") + "/api/v1/stream";
        assertTrue(run.output().contains("stream: " + stream + "\n"), run::output);
        var openApi = Api.get("/openapi?format=JSON").json().getJsonObject("paths");
        assertFalse(openApi.containsKey("/api/asyncapi.yaml"), "no operation of the REST API");
    }

    @Test
    void every_frame_of_a_conversation_on_real_sockets_is_declared_and_fits_its_payload() {
        var anna = Consumers.signUp("Anna", "Vertrag");
        ServiceRequests.connect(anna.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var heard = new ArrayList<JsonObject>();
        var told = new ArrayList<JsonObject>();
        long cursor;
        try (var app = StreamClient.ready(anna.accessToken(), null);
                var desk = StreamClient.ready(agent.accessToken(), null)) {
            var id = ServiceRequests.open(anna.accessToken(), STADTWERKE, "Vertrag");
            cursor = app.next("message").getJsonNumber("cursor").longValue();
            desk.next("message", about(id));
            tell(app, told, Json.createObjectBuilder().add("type", "typing").add("conversationId", id));
            desk.next("typing");
            tell(desk, told, Json.createObjectBuilder().add("type", "typing").add("conversationId", id));
            app.next("typing");
            ServiceRequests.send(agent.accessToken(), id, "Guten Tag, Anna!");
            app.next("message");
            act(Api.post(path(id, "delivered"), "{\"upTo\":2}", anna.accessToken()));
            desk.next("delivered", about(id));
            act(Api.post(path(id, "read"), "{\"upTo\":2}", anna.accessToken()));
            desk.next("read", about(id));
            act(Api.post(path(id, "notes"), "{\"text\":\"Zählerstand liegt vor\"}", agent.accessToken()));
            desk.next("note", about(id));
            act(Api.sendJson("PUT", path(id, "status"), "{\"status\":\"resolved\"}", agent.accessToken()));
            app.next("status");
            act(Api.post(path(id, "close"), "{\"rating\":5,\"comment\":\"Danke\"}", anna.accessToken()));
            desk.next(
                    "status",
                    about(id)
                            .and(event -> event.getJsonObject("conversation")
                                    .getString("status")
                                    .equals("closed")));
            tell(app, told, Json.createObjectBuilder().add("type", "ping"));
            app.next("pong");
            tell(app, told, Json.createObjectBuilder().add("type", "token").add("accessToken", anna.accessToken()));
            app.next("token");
            heard.addAll(app.heard());
            heard.addAll(desk.heard());
        }
        // what a reconnecting app is sent again comes from the database, not from the live events
        try (var again = StreamClient.ready(anna.accessToken(), cursor)) {
            heard.addAll(again.heard());
        }
        var types = heard.stream().map(frame -> frame.getString("type")).collect(Collectors.toSet());
        var flow = Set.of("ready", "message", "typing", "delivered", "read", "note", "status", "pong", "token");
        assertTrue(types.containsAll(flow), () -> "heard " + types);

        var run = ContractTools.npm(
                        LIMIT,
                        "node",
                        VALIDATE,
                        document().toString(),
                        frames(heard, told).toString())
                .succeeded();

        assertTrue(checked(run.output(), "sent").containsAll(flow), run::output);
        assertEquals(Set.of("typing", "ping", "token"), checked(run.output(), "received"), run::output);
    }

    @Test
    void a_frame_the_document_does_not_declare_or_that_does_not_fit_its_payload_fails_the_check() {
        var sent = List.of(
                Json.createObjectBuilder().add("type", "gossip").build(),
                Json.createObjectBuilder()
                        .add("type", "read")
                        .add("conversationId", 1)
                        .add("side", "consumer")
                        .add("upTo", 2)
                        .build());
        var received = List.of(Json.createObjectBuilder().add("type", "pong").build());

        var run = ContractTools.npm(
                LIMIT,
                "node",
                VALIDATE,
                document().toString(),
                frames(sent, received).toString());

        assertEquals(1, run.exitCode(), run::output);
        assertTrue(run.output().contains("sent is of no declared type: {\"type\":\"gossip\"}"), run::output);
        assertTrue(run.output().contains("must have required property 'cursor'"), run::output);
        assertTrue(run.output().contains("received is of no declared type: {\"type\":\"pong\"}"), run::output);
    }

    @Test
    void the_codes_that_close_the_sockets_of_bad_clients_are_in_the_document() {
        var token = Consumers.signUp("Bert", "Böse").accessToken();
        var document = Api.get("/api/asyncapi.yaml").body();
        int notANumber;
        int unknownFrame;
        int oversized;
        try (var socket = StreamClient.openWithQuery("?after=gestern", token)) {
            notANumber = socket.closeCode();
        }
        try (var socket = StreamClient.ready(token, null)) {
            socket.sendText("{\"type\":\"gossip\"}");
            unknownFrame = socket.closeCode();
        }
        try (var socket = StreamClient.ready(token, null)) {
            socket.sendText("{\"type\":\"ping\",\"x\":\"" + "x".repeat(5000) + "\"}");
            oversized = socket.closeCode();
        }

        assertEquals(List.of(1003, 1008, 1009), List.of(notANumber, unknownFrame, oversized));
        for (var row : List.of(
                "| 1003 | after is the cursor of an event, a number |",
                "| 1008 | unknown frame |",
                "| 1009 | (the container's) |")) {
            assertTrue(document.contains(row), row);
        }
    }

    private static Path document() {
        return ContractTools.fetch("/api/asyncapi.yaml", "asyncapi.yaml");
    }

    /** Sends a frame to the server, and keeps it for the check. */
    private static void tell(StreamClient socket, List<JsonObject> told, JsonObjectBuilder frame) {
        var built = frame.build();
        told.add(built);
        socket.sendText(built.toString());
    }

    private static void act(Api.Reply reply) {
        assertTrue(reply.status() / 100 == 2, reply::toString);
    }

    private static String path(long conversation, String what) {
        return "/api/v1/conversations/" + conversation + "/" + what;
    }

    /** An event of this conversation, whether it carries the conversation or its id. */
    private static Predicate<JsonObject> about(long conversation) {
        return event -> (event.containsKey("conversation")
                                ? event.getJsonObject("conversation").getJsonNumber("id")
                                : event.getJsonNumber("conversationId"))
                        .longValue()
                == conversation;
    }

    private static Path frames(List<JsonObject> sent, List<JsonObject> received) {
        var frames = Json.createObjectBuilder()
                .add("sent", Json.createArrayBuilder(sent))
                .add("received", Json.createArrayBuilder(received))
                .build();
        return ContractTools.save("stream-frames.json", frames.toString());
    }

    /** The types of frames the script checked in one direction, as it printed them. */
    private static Set<String> checked(String output, String direction) {
        var prefix = "frames the server " + direction + ", types checked:";
        return output.lines()
                .filter(line -> line.startsWith(prefix))
                .flatMap(line ->
                        Arrays.stream(line.substring(prefix.length()).trim().split(" ")))
                .collect(Collectors.toSet());
    }
}
