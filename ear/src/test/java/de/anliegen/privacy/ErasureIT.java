package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.TableScan;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The right to erasure: after a consumer's profile is deleted, no table holds their name, mobile number, e-mail address
 * or IP address any more. The scan reads every text column of every table, so a component that forgets its data fails
 * here.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    @Resource(lookup = "java:jboss/datasources/AnliegenDS")
    DataSource database;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void deleting_the_profile_leaves_no_name_number_email_or_ip_address_in_any_table() throws Exception {
        var firstName = "Zacharias" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var lastName = "Tilgungsprobe" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var email = firstName.toLowerCase() + "@erasure.example";
        var ip = "127." + ThreadLocalRandom.current().nextInt(1, 255) + "."
                + ThreadLocalRandom.current().nextInt(1, 255) + "."
                + ThreadLocalRandom.current().nextInt(2, 255);
        var consumer = Consumers.signUp(firstName, lastName);
        Api.sendJson(
                "PATCH",
                "/api/v1/me",
                Json.createObjectBuilder().add("email", email).build().toString(),
                consumer.accessToken());
        Api.sendJson(
                "PUT",
                "/api/v1/me/password",
                Json.createObjectBuilder()
                        .add("newPassword", "Tilgung-Probe-2026")
                        .build()
                        .toString(),
                consumer.accessToken());
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation =
                ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Ich bin " + lastName);
        ServiceRequests.send(consumer.accessToken(), conversation, "Meine Nummer: " + consumer.mobileNumber());
        var agent = ServiceRequests.stadtwerkeAgent();
        ServiceRequests.send(agent.accessToken(), conversation, "Guten Tag " + firstName + " " + lastName);
        Api.post(
                "/api/v1/conversations/" + conversation + "/notes",
                Json.createObjectBuilder()
                        .add("text", "Rückruf an " + email)
                        .build()
                        .toString(),
                agent.accessToken());
        assertEquals(200, getFrom(ip, "/api/v1/me", consumer.accessToken()));
        awaitUsageFrom(ip);
        // the events copy the name into their JSON: the scan must find them there before the erasure
        awaitEventsNaming(lastName);
        var before = TableScan.occurrences(database, List.of(firstName, lastName, consumer.mobileNumber(), email, ip));
        assertTrue(before.size() >= 5, "the scan finds the data before the erasure: " + before);

        // a wrong password first: it counts against the account, under the account's own name
        var mistyped = Api.sendJson(
                "DELETE",
                "/api/v1/me",
                Json.createObjectBuilder()
                        .add("password", "Tilgung-Probe-2025")
                        .build()
                        .toString(),
                consumer.accessToken());
        assertEquals(400, mistyped.status(), mistyped::toString);
        var account = new ConsumerId(consumer.id()).principalName();
        assertEquals(1, failedSignInsOf(account), "the wrong password is counted");
        var deleted = Api.sendJson(
                "DELETE",
                "/api/v1/me",
                Json.createObjectBuilder()
                        .add("password", "Tilgung-Probe-2026")
                        .build()
                        .toString(),
                consumer.accessToken());
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(0, failedSignInsOf(account), "the account's failed passwords go with it");

        assertEquals(
                List.of(),
                TableScan.occurrences(database, List.of(firstName, lastName, consumer.mobileNumber(), email, ip)));
        var erased = em.createQuery(
                        "select count(e) from AuditEvent e where e.consumerId = :c and e.action = 'consumer.erased'",
                        Long.class)
                .setParameter("c", consumer.id())
                .getSingleResult();
        assertEquals(1, erased, "the erasure itself is audited, naming no one");
    }

    @Test
    void a_person_who_changed_their_number_takes_the_old_numbers_traces_along_when_they_delete_the_profile()
            throws Exception {
        var firstName = "Nummernwechsel" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var lastName = "Tilgungsprobe" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var consumer = Consumers.signUp(firstName, lastName);
        // a change to someone else's number, never confirmed: its code's limit stays with that number
        var someoneElses = Consumers.newMobileNumber();
        var unconfirmed = Api.sendJson(
                "PUT",
                "/api/v1/me/mobile-number",
                Json.createObjectBuilder()
                        .add("mobileNumber", someoneElses)
                        .build()
                        .toString(),
                consumer.accessToken());
        assertEquals(202, unconfirmed.status(), unconfirmed::toString);
        var next = Consumers.newMobileNumber();
        var started = Api.sendJson(
                "PUT",
                "/api/v1/me/mobile-number",
                Json.createObjectBuilder().add("mobileNumber", next).build().toString(),
                consumer.accessToken());
        assertEquals(202, started.status(), started::toString);
        var confirmed = Api.post(
                "/api/v1/me/mobile-number/verification",
                Json.createObjectBuilder()
                        .add("verificationId", started.json().getString("id"))
                        .add("code", Consumers.codeSentTo(next))
                        .build()
                        .toString(),
                consumer.accessToken());
        assertEquals(200, confirmed.status(), confirmed::toString);
        var before = TableScan.occurrences(database, List.of(firstName, lastName, consumer.mobileNumber()));
        assertTrue(
                before.stream().anyMatch(place -> place.toLowerCase(Locale.ROOT).startsWith("registration.")),
                "the sign-up under the old number keeps the names for a day: " + before);
        assertTrue(
                before.stream().anyMatch(place -> place.toLowerCase(Locale.ROOT).startsWith("code_sent.")),
                "the codes asked for under the old number are kept for a day: " + before);

        Consumers.deleteAccount(
                new Consumers.SignedIn(consumer.id(), next, consumer.accessToken(), consumer.refreshToken()));
        assertEquals(
                401, Api.get("/api/v1/me", consumer.accessToken()).status(), "the token that deleted it a moment ago");

        assertEquals(
                List.of(),
                TableScan.occurrences(database, List.of(firstName, lastName, consumer.mobileNumber(), next)));
        assertTrue(
                TableScan.occurrences(database, List.of(someoneElses)).stream()
                        .anyMatch(place -> place.toLowerCase(Locale.ROOT).startsWith("code_sent.")),
                "the codes sent to a number the person never confirmed still count against it");
    }

    private long failedSignInsOf(String login) {
        em.clear();
        return em.createQuery("select count(f) from SignInFailure f where f.login = :login", Long.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    private void awaitUsageFrom(String ip) throws InterruptedException {
        await("select count(u) from UsageRecord u where u.ipAddress = :value", ip, "usage record from " + ip);
    }

    private void awaitEventsNaming(String name) throws InterruptedException {
        await(
                "select count(e) from StreamEvent e where e.json like :value",
                "%" + name + "%",
                "stream event naming " + name);
    }

    /** Waits up to 20 s for the count query to find a row with the value. */
    private void await(String countQuery, String value, String what) throws InterruptedException {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            em.clear();
            var count = em.createQuery(countQuery, Long.class)
                    .setParameter("value", value)
                    .getSingleResult();
            if (count > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + what + " arrived within 20 s");
    }

    /** A GET from another loopback address (127.0.0.0/8 is all this machine), so the IP is this test's alone. */
    private static int getFrom(String localAddress, String path, String token) throws IOException {
        var factory = Api.trustingSelfSigned().getSocketFactory();
        try (var socket = factory.createSocket(
                InetAddress.getByName("127.0.0.1"), Api.BASE.getPort(), InetAddress.getByName(localAddress), 0)) {
            var request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + Api.BASE.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
