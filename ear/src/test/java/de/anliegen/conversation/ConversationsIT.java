package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.BAECKEREI;
import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Service requests through the API: a consumer asks, an agent of the company answers. */
@OnEveryDatabase
class ConversationsIT extends AgainstTheProduct {

    @Test
    void a_consumer_asks_an_agent_answers_and_both_see_status_unread_counts_and_read_markers() {
        var anna = Consumers.signUp("Anna", "Fragt");
        ServiceRequests.connect(anna.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();

        var opened = ServiceRequests.open(
                anna.accessToken(), STADTWERKE, "Zählerstand", "Mein Zähler zeigt 4711.", ServiceRequests.newId());
        assertEquals(201, opened.status(), opened::toString);
        var id = opened.json().getJsonNumber("id").longValue();
        assertEquals("open", opened.json().getString("status"));
        assertEquals(
                "Stadtwerke Musterstadt", opened.json().getJsonObject("company").getString("name"));

        var seenByAgent = ServiceRequests.conversation(agent.accessToken(), id);
        assertEquals("Anna", seenByAgent.getJsonObject("consumer").getString("firstName"));
        assertEquals(anna.mobileNumber(), seenByAgent.getJsonObject("consumer").getString("mobileNumber"));
        assertEquals(1, seenByAgent.getInt("unread"));
        var unassigned = Api.get("/api/v1/conversations?queue=unassigned&limit=100", agent.accessToken());
        assertTrue(ids(unassigned.json()).contains(id), unassigned::toString);

        var answer = ServiceRequests.send(agent.accessToken(), id, "Danke, wir prüfen das.");
        assertEquals("company", answer.getString("author"));
        assertEquals("Alex Agent", answer.getString("agentName"));
        assertEquals(2, answer.getInt("seq"));
        assertFalse(answer.getBoolean("read"));

        var annasView = ServiceRequests.conversation(anna.accessToken(), id);
        assertEquals("waiting_for_consumer", annasView.getString("status"));
        assertEquals(1, annasView.getInt("unread"));
        var mine = Api.get("/api/v1/conversations", anna.accessToken()).json();
        assertEquals(
                id,
                mine.getJsonArray("conversations")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());

        var read = Api.post("/api/v1/conversations/" + id + "/read", "{\"upTo\":2}", anna.accessToken());
        assertEquals(200, read.status(), read::toString);
        assertEquals(0, read.json().getInt("unread"));
        var page = ServiceRequests.messages(agent.accessToken(), id, 0, 10).json();
        assertTrue(page.getJsonArray("messages").getJsonObject(1).getBoolean("read"), page::toString);

        var resolved = Api.sendJson(
                "PUT", "/api/v1/conversations/" + id + "/status", "{\"status\":\"resolved\"}", agent.accessToken());
        assertEquals("resolved", resolved.json().getString("status"), resolved::toString);
        ServiceRequests.send(anna.accessToken(), id, "Eine Frage noch.");
        assertEquals(
                "open", ServiceRequests.conversation(anna.accessToken(), id).getString("status"));
    }

    @Test
    void a_retried_request_and_a_retried_message_are_stored_once() {
        var ben = Consumers.signUp("Ben", "Wiederholt");
        ServiceRequests.connect(ben.accessToken(), STADTWERKE);
        var requestId = ServiceRequests.newId();

        var first = ServiceRequests.open(ben.accessToken(), STADTWERKE, "Abschlag", "Bitte senken.", requestId);
        var again = ServiceRequests.open(ben.accessToken(), STADTWERKE, "Abschlag", "Bitte senken.", requestId);

        assertEquals(201, first.status(), first::toString);
        assertEquals(200, again.status(), again::toString);
        var id = first.json().getJsonNumber("id").longValue();
        assertEquals(id, again.json().getJsonNumber("id").longValue());
        var clientId = ServiceRequests.newId();
        var sent = ServiceRequests.send(ben.accessToken(), id, clientId, "Zählernummer 123");
        var resent = ServiceRequests.send(ben.accessToken(), id, clientId, "Zählernummer 123");
        assertEquals(201, sent.status(), sent::toString);
        assertEquals(200, resent.status(), resent::toString);
        assertEquals(sent.json().getJsonNumber("id"), resent.json().getJsonNumber("id"));
        assertEquals(
                2,
                ServiceRequests.messages(ben.accessToken(), id, 0, 10)
                        .json()
                        .getJsonArray("messages")
                        .size());

        var other = ServiceRequests.send(ben.accessToken(), id, clientId, "ein anderer Text");
        assertEquals(409, other.status(), other::toString);
        assertEquals("client-message-id-reused", other.json().getString("type").replaceAll(".*/", ""));
        // the same text with a file is another message too: the file would stay unsent without a word
        var upload = Attachments.upload(ben.accessToken(), id, "application/pdf", "z.pdf", "%PDF-1.7\n".getBytes());
        var withFile = sendWithFiles(
                ben.accessToken(),
                id,
                clientId,
                "Zählernummer 123",
                upload.json().getJsonNumber("id"));
        assertEquals(409, withFile.status(), withFile::toString);
        assertEquals(
                "client-message-id-reused", withFile.json().getString("type").replaceAll(".*/", ""));

        // a request id once more with another company, subject or text is not a retry
        ServiceRequests.connect(ben.accessToken(), BAECKEREI);
        for (var reused : List.of(
                ServiceRequests.open(ben.accessToken(), BAECKEREI, "Abschlag", "Bitte senken.", requestId),
                ServiceRequests.open(ben.accessToken(), STADTWERKE, "Umzug", "Bitte senken.", requestId),
                ServiceRequests.open(ben.accessToken(), STADTWERKE, "Abschlag", "Bitte erhöhen.", requestId))) {
            assertEquals(409, reused.status(), reused::toString);
            assertEquals("request-id-reused", reused.json().getString("type").replaceAll(".*/", ""));
        }
        assertEquals(
                2,
                ServiceRequests.messages(ben.accessToken(), id, 0, 10)
                        .json()
                        .getJsonArray("messages")
                        .size(),
                "nothing stored by the refused attempts");
    }

    @Test
    void racing_retries_of_one_message_create_it_once() throws Exception {
        var clara = Consumers.signUp("Clara", "Eilig");
        ServiceRequests.connect(clara.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(clara.accessToken(), STADTWERKE, "Umzug");
        var clientId = ServiceRequests.newId();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var replies = new ArrayList<Future<Api.Reply>>();
            for (var i = 0; i < 8; i++) {
                replies.add(pool.submit((Callable<Api.Reply>) () -> {
                    start.await();
                    return ServiceRequests.send(clara.accessToken(), id, clientId, "Ich ziehe um.");
                }));
            }
            start.countDown();
            var created = 0;
            var messageIds = new HashSet<Long>();
            for (var reply : replies) {
                var r = reply.get();
                assertTrue(r.status() == 201 || r.status() == 200, r::toString);
                created += r.status() == 201 ? 1 : 0;
                messageIds.add(r.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, created);
            assertEquals(1, messageIds.size());
            assertEquals(
                    2,
                    ServiceRequests.messages(clara.accessToken(), id, 0, 10)
                            .json()
                            .getJsonArray("messages")
                            .size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void paging_after_a_cursor_while_messages_arrive_misses_none_and_repeats_none() throws Exception {
        var dora = Consumers.signUp("Dora", "Liest");
        ServiceRequests.connect(dora.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var id = ServiceRequests.open(dora.accessToken(), STADTWERKE, "Viele Nachrichten");
        var pool = Executors.newFixedThreadPool(2);
        try {
            var writers = new ArrayList<Future<?>>();
            writers.add(pool.submit(() -> {
                for (var i = 0; i < 20; i++) {
                    ServiceRequests.send(dora.accessToken(), id, "Kunde " + i);
                }
            }));
            writers.add(pool.submit(() -> {
                for (var i = 0; i < 20; i++) {
                    ServiceRequests.send(agent.accessToken(), id, "Agent " + i);
                }
            }));
            var seen = new ArrayList<Long>();
            long cursor = 0;
            while (seen.size() < 41) {
                var page = ServiceRequests.messages(agent.accessToken(), id, cursor, 3)
                        .json();
                for (var message : page.getJsonArray("messages").getValuesAs(JsonObject.class)) {
                    seen.add(message.getJsonNumber("seq").longValue());
                }
                cursor = page.getJsonNumber("next").longValue();
            }
            for (var writer : writers) {
                writer.get();
            }
            for (var i = 0; i < seen.size(); i++) {
                assertEquals(i + 1, seen.get(i), "seq " + (i + 1) + " in " + seen);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void any_unicode_is_stored_exactly_and_10000_characters_are_the_limit() {
        var emil = Consumers.signUp("Emil", "Schreibt");
        ServiceRequests.connect(emil.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(emil.accessToken(), STADTWERKE, "Sonderzeichen");
        var text = "Grüße 👋🏽 aus Köln — שלום — 日本語 — e\u0301 — \"<script>alert(1)</script>\"\n\tZeile 2";

        var sent = ServiceRequests.send(emil.accessToken(), id, text);
        var longest = "😀".repeat(10_000);
        var tooLong = ServiceRequests.send(emil.accessToken(), id, ServiceRequests.newId(), longest + "x");
        var empty = ServiceRequests.send(emil.accessToken(), id, ServiceRequests.newId(), "  ");

        assertEquals(text, sent.getString("text"));
        var page = ServiceRequests.messages(emil.accessToken(), id, 1, 10).json();
        assertEquals(text, page.getJsonArray("messages").getJsonObject(0).getString("text"));
        assertEquals(
                longest, ServiceRequests.send(emil.accessToken(), id, longest).getString("text"));
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(400, empty.status(), empty::toString);
        assertEquals(
                "text", empty.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_closed_request_takes_no_messages_and_only_a_resolved_one_is_rated() {
        var fritz = Consumers.signUp("Fritz", "Bewertet");
        ServiceRequests.connect(fritz.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var id = ServiceRequests.open(fritz.accessToken(), STADTWERKE, "Rechnung");

        var tooEarly = Api.post("/api/v1/conversations/" + id + "/close", "{\"rating\":5}", fritz.accessToken());
        assertEquals(409, tooEarly.status(), tooEarly::toString);
        Api.sendJson(
                "PUT", "/api/v1/conversations/" + id + "/status", "{\"status\":\"resolved\"}", agent.accessToken());
        var badRating = Api.post("/api/v1/conversations/" + id + "/close", "{\"rating\":6}", fritz.accessToken());
        assertEquals(400, badRating.status(), badRating::toString);
        var closed = Api.post(
                "/api/v1/conversations/" + id + "/close",
                "{\"rating\":5,\"comment\":\"Schnell und freundlich\"}",
                fritz.accessToken());
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("closed", closed.json().getString("status"));
        assertEquals(5, closed.json().getInt("rating"));

        var late = ServiceRequests.send(fritz.accessToken(), id, ServiceRequests.newId(), "Noch was");
        var lateAgent = ServiceRequests.send(agent.accessToken(), id, ServiceRequests.newId(), "Noch was");
        assertEquals(409, late.status(), late::toString);
        assertEquals(409, lateAgent.status(), lateAgent::toString);
        assertEquals(1, ServiceRequests.conversation(fritz.accessToken(), id).getInt("lastSeq"));
    }

    @Test
    void only_a_connected_company_is_asked_and_after_disconnecting_it_can_neither_write_nor_see_the_profile() {
        var gina = Consumers.signUp("Gina", "Trennt");
        var notConnected = ServiceRequests.open(
                gina.accessToken(), BAECKEREI, "Torte", "Eine Torte bitte", ServiceRequests.newId());
        assertEquals(404, notConnected.status(), notConnected::toString);
        assertTrue(notConnected.json().getString("type").endsWith("not-connected"), notConnected::toString);

        ServiceRequests.connect(gina.accessToken(), BAECKEREI);
        var id = ServiceRequests.open(gina.accessToken(), BAECKEREI, "Torte");
        var agent = ServiceRequests.baeckereiAgent();
        assertEquals(
                "Gina",
                ServiceRequests.conversation(agent.accessToken(), id)
                        .getJsonObject("consumer")
                        .getString("firstName"));
        assertEquals(
                204,
                Api.delete("/api/v1/me/companies/" + BAECKEREI, gina.accessToken())
                        .status());

        var afterwards = ServiceRequests.conversation(agent.accessToken(), id);
        var reply = ServiceRequests.send(agent.accessToken(), id, ServiceRequests.newId(), "Welche Torte?");
        assertFalse(afterwards.containsKey("consumer"), afterwards::toString);
        assertEquals(409, reply.status(), reply::toString);
        assertTrue(reply.json().getString("type").endsWith("not-connected"), reply::toString);
    }

    @Test
    void a_file_declared_over_the_limit_is_refused_with_413_problem_details_before_a_byte_of_it_is_sent()
            throws Exception {
        var ida = Consumers.signUp("Ida", "Riesendatei");
        ServiceRequests.connect(ida.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(ida.accessToken(), STADTWERKE, "Großes Foto");

        // a client announces 11 MB and waits for the answer: it comes at once, so that nothing is sent in vain
        try (var socket =
                Api.trustingSelfSigned().getSocketFactory().createSocket(Api.BASE.getHost(), Api.BASE.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/conversations/" + id + "/attachments?name=riesig.pdf HTTP/1.1\r\n"
                                    + "Host: " + Api.BASE.getAuthority() + "\r\n"
                                    + "Authorization: Bearer " + ida.accessToken() + "\r\n"
                                    + "Content-Type: application/pdf\r\n"
                                    + "Content-Length: " + 11_000_000 + "\r\n"
                                    + "Expect: 100-continue\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 413 Request Entity Too Large", answer.readLine());
            var headers = new ArrayList<String>();
            for (var line = answer.readLine(); line != null && !line.isEmpty(); line = answer.readLine()) {
                headers.add(line.toLowerCase(Locale.ROOT));
            }
            assertTrue(
                    headers.stream().anyMatch(header -> header.startsWith("content-type: application/problem+json")),
                    headers::toString);
        }
        // one just over the limit is read and refused the same way, and the person's next upload goes on as usual
        var over = Attachments.upload(
                ida.accessToken(), id, "application/pdf", "gross.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertEquals(413, over.status(), over::toString);
        var small = Attachments.upload(ida.accessToken(), id, "application/pdf", "klein.pdf", "%PDF-1.4\n".getBytes());
        assertEquals(201, small.status(), small::toString);
    }

    @Test
    void attachments_are_checked_by_their_bytes_and_come_back_with_type_and_name() {
        var hans = Consumers.signUp("Hans", "Fotografiert");
        ServiceRequests.connect(hans.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var id = ServiceRequests.open(hans.accessToken(), STADTWERKE, "Zählerfoto");
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        var upload = Attachments.upload(hans.accessToken(), id, "application/pdf", "Zähler Foto.pdf", pdf);
        assertEquals(201, upload.status(), upload::toString);
        var attachmentId = upload.json().getJsonNumber("id").longValue();
        var notYet = Attachments.download(agent.accessToken(), id, attachmentId);
        assertEquals(404, notYet.statusCode());

        var message = sendWithFiles(hans.accessToken(), id, ServiceRequests.newId(), "", attachmentId);
        assertEquals(201, message.status(), message::toString);
        assertEquals(
                attachmentId,
                message.json()
                        .getJsonArray("attachments")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        var download = Attachments.download(agent.accessToken(), id, attachmentId);
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        var disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(
                disposition.startsWith("attachment;")
                        && disposition.contains("filename*=UTF-8''Z%C3%A4hler%20Foto.pdf"),
                disposition);
        assertTrue(java.util.Arrays.equals(pdf, download.body()));
        assertEquals(
                "no-store",
                download.headers().firstValue("Cache-Control").orElse(""),
                "no copy stays on a shared computer after sign-out or erasure");

        var lying = Attachments.upload(hans.accessToken(), id, "image/png", "x.png", "not an image at all".getBytes());
        var html = Attachments.upload(hans.accessToken(), id, "application/pdf", "x.pdf", "<html><script>".getBytes());
        var huge = Attachments.upload(
                hans.accessToken(), id, "application/pdf", "big.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertEquals(415, lying.status(), lying::toString);
        assertEquals(415, html.status(), html::toString);
        // a client that does not say the type (a generated one sends octet-stream) has the file judged by its bytes
        var undeclared = Attachments.upload(hans.accessToken(), id, "application/octet-stream", "y.pdf", pdf);
        assertEquals(201, undeclared.status(), undeclared::toString);
        assertEquals("application/pdf", undeclared.json().getString("contentType"));
        var undeclaredHtml =
                Attachments.upload(hans.accessToken(), id, "application/octet-stream", "x.pdf", "<html>".getBytes());
        assertEquals(415, undeclaredHtml.status(), undeclaredHtml::toString);
        // as is one that sends no type at all (a browser's fetch of a blob without one)
        var untyped = Attachments.upload(hans.accessToken(), id, null, "z.pdf", pdf);
        assertEquals(201, untyped.status(), untyped::toString);
        assertEquals("application/pdf", untyped.json().getString("contentType"));
        assertEquals(413, huge.status(), huge::toString);
        assertNotNull(lying.json().getString("detail"));

        // a GIF named like a web page is kept and offered as what it is
        var polyglot = Attachments.upload(hans.accessToken(), id, "image/gif", "evil.html", Binary.image("gif", 2, 2));
        assertEquals(201, polyglot.status(), polyglot::toString);
        assertEquals("evil.gif", polyglot.json().getString("fileName"));
    }

    @Test
    void a_message_with_a_bad_attachment_is_refused_whole_and_nothing_is_stored_half_way() {
        var ida = Consumers.signUp("Ida", "Halb");
        ServiceRequests.connect(ida.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var id = ServiceRequests.open(ida.accessToken(), STADTWERKE, "Halbe Sachen");
        var agentsUpload =
                Attachments.upload(agent.accessToken(), id, "application/pdf", "a.pdf", "%PDF-1.7\n".getBytes());
        var clientId = ServiceRequests.newId();

        var unknown = sendWithFiles(ida.accessToken(), id, clientId, "Anhang", 9000000000L);
        var someoneElses = sendWithFiles(
                ida.accessToken(), id, clientId, "Anhang", agentsUpload.json().getJsonNumber("id"));

        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(400, someoneElses.status(), someoneElses::toString);
        assertEquals(
                "attachmentIds",
                someoneElses.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, ServiceRequests.conversation(ida.accessToken(), id).getInt("lastSeq"), "no message stored");
        var retried = ServiceRequests.send(ida.accessToken(), id, clientId, "Anhang");
        assertEquals(201, retried.status(), "the id is still free: " + retried);
    }

    @Test
    void uploads_waiting_for_their_message_are_limited() {
        var jana = Consumers.signUp("Jana", "Hamstert");
        ServiceRequests.connect(jana.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(jana.accessToken(), STADTWERKE, "Viele Dateien");
        var pdf = "%PDF-1.4\n".getBytes();
        for (var i = 0; i < 20; i++) {
            assertEquals(
                    201,
                    Attachments.upload(jana.accessToken(), id, "application/pdf", i + ".pdf", pdf)
                            .status());
        }

        var oneMore = Attachments.upload(jana.accessToken(), id, "application/pdf", "21.pdf", pdf);

        assertEquals(409, oneMore.status(), oneMore::toString);
        assertTrue(oneMore.json().getString("type").endsWith("too-many-uploads"));
    }

    private static java.util.List<Long> ids(JsonObject page) {
        return page.getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
    }

    /** A message with files, by their ids as the upload answered them. */
    private static Api.Reply sendWithFiles(
            String token, long conversation, String clientId, String text, Object... ids) {
        return Api.post(
                "/api/v1/conversations/" + conversation + "/messages",
                "{\"clientMessageId\":\"" + clientId + "\",\"text\":\"" + text + "\",\"attachmentIds\":["
                        + Arrays.stream(ids).map(String::valueOf).collect(Collectors.joining(","))
                        + "]}",
                token);
    }
}
