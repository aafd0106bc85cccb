package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The right of access: the consumer downloads everything stored about them, for machines and for people. */
@OnEveryDatabase
class ExportIT extends AgainstTheProduct {

    @Test
    void the_export_holds_profile_connections_consents_conversations_messages_files_usage_and_audit_entries()
            throws Exception {
        var consumer = Consumers.signUp("Erika", "Exportiert");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Jahresabrechnung");
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var upload = Binary.upload(
                "POST",
                "/api/v1/conversations/" + conversation + "/attachments?name="
                        + URLEncoder.encode("Zählerstand <Keller>.pdf", StandardCharsets.UTF_8),
                consumer.accessToken(),
                "application/pdf",
                pdf);
        assertEquals(201, upload.status(), upload::toString);
        var attachment = upload.json().getJsonNumber("id").longValue();
        var sent = Api.post(
                "/api/v1/conversations/" + conversation + "/messages",
                "{\"clientMessageId\":\"" + ServiceRequests.newId()
                        + "\",\"text\":\"Anbei der Zählerstand\",\"attachmentIds\":[" + attachment + "]}",
                consumer.accessToken());
        assertEquals(201, sent.status(), sent::toString);
        Consumers.consent(consumer, "notifications", true);
        var agent = ServiceRequests.stadtwerkeAgent();
        // the agent's answer makes the request wait for the consumer
        ServiceRequests.send(agent.accessToken(), conversation, "Danke, <b>erhalten</b>!");
        ServiceRequests.conversation(agent.accessToken(), conversation); // read by the company: an audit entry
        // an agent's upload not sent (yet) is the company's: the consumer can neither download nor export it
        var agentsDraft = Binary.upload(
                "POST",
                "/api/v1/conversations/" + conversation + "/attachments?name=intern.pdf",
                agent.accessToken(),
                "application/pdf",
                pdf);
        assertEquals(201, agentsDraft.status(), agentsDraft::toString);

        var zip = awaitExportWithUsage(consumer.accessToken(), "de");

        var data = Json.createReader(new ByteArrayInputStream(zip.get("data.json")))
                .readObject();
        assertEquals("anliegen-export-1", data.getString("format"));
        assertEquals(consumer.id(), data.getJsonNumber("consumerId").longValue());
        var profile = data.getJsonArray("profile").getJsonObject(0);
        assertEquals("Erika", profile.getString("firstName"));
        assertEquals(consumer.mobileNumber(), profile.getString("mobileNumber"));
        // the registration by SMS code, kept its 24 hours, and what else signing in leaves for a while
        var registration = data.getJsonArray("registrations").getJsonObject(0);
        assertEquals("sign_in", registration.getString("purpose"), registration::toString);
        assertEquals("completed", registration.getString("state"), registration::toString);
        assertEquals("Erika", registration.getString("firstName"));
        assertTrue(data.containsKey("failedSignIns") && data.containsKey("emailLinks"), data.keySet()::toString);
        assertFalse(data.getJsonArray("connections")
                .getJsonObject(0)
                .getString("company")
                .isBlank());
        assertEquals(
                "connection", data.getJsonArray("consents").getJsonObject(0).getString("channel"));
        assertEquals(
                "Jahresabrechnung",
                data.getJsonArray("conversations").getJsonObject(0).getString("subject"));
        var texts = data.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("text"))
                .toList();
        assertTrue(texts.containsAll(List.of("Anbei der Zählerstand", "Danke, <b>erhalten</b>!")), texts::toString);
        var request = data.getJsonArray("conversations").getJsonObject(0);
        assertTrue(request.containsKey("firstResponseDueAt") && request.containsKey("waitingSince"), request::toString);
        assertFalse(request.isNull("firstResponseAt"), "the agent's answer was the first: " + request);
        assertEquals(1, data.getJsonArray("attachments").size(), data.getJsonArray("attachments")::toString);
        assertEquals(
                "application/pdf",
                data.getJsonArray("attachments").getJsonObject(0).getString("contentType"));
        var file = data.getJsonArray("attachments").getJsonObject(0).getString("file");
        assertTrue(
                Arrays.equals(pdf, zip.get("files/" + file)),
                "the attachment's bytes, under " + file + " in " + zip.keySet());
        assertFalse(data.getJsonArray("usage").isEmpty());
        var usage = data.getJsonArray("usage").getJsonObject(0);
        assertFalse(usage.getString("ipAddress").isBlank());
        assertFalse(usage.getString("browser").isBlank());
        var actions = data.getJsonArray("auditTrail").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action"))
                .toList();
        assertTrue(actions.contains("consent.given"), actions::toString);
        assertTrue(actions.contains("consumer.exported"), actions::toString);

        var report = new String(zip.get("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.startsWith("<!DOCTYPE html>"));
        assertTrue(report.contains("Ihre Daten bei Anliegen"));
        assertTrue(report.contains("Erika") && report.contains("Jahresabrechnung") && report.contains("Nachrichten"));
        assertTrue(report.contains("Danke, &lt;b&gt;erhalten&lt;/b&gt;!"), "texts are escaped in the report");
        assertFalse(report.contains("<b>erhalten</b>"));
        // the trail in words the person understands: who as they met them, what, why; no internal codes
        assertTrue(report.contains("Mitarbeiterin oder Mitarbeiter von Stadtwerke Musterstadt"), report);
        assertTrue(report.contains("hat Ihre Anfrage gelesen") && report.contains("Bearbeitung Ihrer Serviceanfrage"));
        assertTrue(report.contains("Sie selbst (App)") && report.contains("Einwilligung erteilt"));
        assertTrue(report.contains("Registrierung oder Anmeldung") && report.contains("abgeschlossen"));
        for (var code : List.of("staff:", "conversation.read", "service-request", "consent.given")) {
            assertFalse(report.contains(code), "no code in the report: " + code);
        }
        // the request's status, the messages' sides and the consents in words, too
        assertEquals(
                "waiting_for_consumer",
                data.getJsonArray("conversations").getJsonObject(0).getString("status"));
        assertTrue(report.contains("<td>wartet auf Sie</td>"), report);
        assertTrue(report.contains("<td>Sie selbst</td>") && report.contains("<td>das Unternehmen</td>"), report);
        assertTrue(report.contains("<td>Benachrichtigungen über neue Antworten</td>"), report);
        assertTrue(report.contains("<td>Einwilligung in Benachrichtigungen</td>"), report);
        for (var code :
                List.of("waiting_for_consumer", "consumer", "company", "notifications", "consent:notifications")) {
            assertFalse(report.contains("<td>" + code + "</td>"), "no code in the report: " + code);
        }
        var english = unzip(Binary.download("/api/v1/me/export?language=en", consumer.accessToken())
                .body());
        var englishReport = new String(english.get("report.html"), StandardCharsets.UTF_8);
        assertTrue(englishReport.contains("Your data at Anliegen"));
        assertTrue(englishReport.contains("<td>waiting for you</td>"), englishReport);
        assertTrue(englishReport.contains("<td>notifications of new answers</td>"), englishReport);
    }

    @Test
    void only_the_signed_in_consumer_gets_an_export() {
        assertEquals(401, Api.get("/api/v1/me/export").status());
        var agent = ServiceRequests.stadtwerkeAgent();
        assertEquals(403, Api.get("/api/v1/me/export", agent.accessToken()).status());
    }

    /** The usage log is written off the request path: download again until it shows. */
    private static Map<String, byte[]> awaitExportWithUsage(String token, String language) throws Exception {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var reply = Binary.download("/api/v1/me/export?language=" + language, token);
            assertEquals(200, reply.statusCode());
            assertEquals(
                    "application/zip",
                    reply.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(reply.headers()
                    .firstValue("Content-Disposition")
                    .orElseThrow()
                    .startsWith("attachment;"));
            var zip = unzip(reply.body());
            var data = Json.createReader(new ByteArrayInputStream(zip.get("data.json")))
                    .readObject();
            if (!data.getJsonArray("usage").isEmpty() || System.nanoTime() > deadline) {
                return zip;
            }
            Thread.sleep(250);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
