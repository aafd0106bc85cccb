package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.audit.entity.AuditEvent;
import de.anliegen.privacy.boundary.UsageRetention;
import de.anliegen.privacy.entity.UsageRecord;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The usage log of the privacy notice: per request of a signed-in person the IP address, location, browser, operating
 * system, device and conversation; written off the request path; shortened and deleted on time.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class UsageLogIT {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36";

    @Inject
    UsageRetention retention;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @AfterEach
    void noLocationDatabase() {
        System.clearProperty("anliegen.ip.location.csv");
    }

    @Test
    void each_request_records_ip_location_browser_system_device_and_conversation() throws Exception {
        var locations = Files.createTempFile("ip-locations", ".csv");
        Files.writeString(locations, """
                127.0.0.0,127.255.255.255,EU,DE,Hessen,Frankfurt am Main,50.1,8.7
                ::1,::1,EU,DE,Hessen,Frankfurt am Main,50.1,8.7
                """);
        System.setProperty("anliegen.ip.location.csv", locations.toString());
        var consumer = Consumers.signUp("Uwe", "Usage");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Abschlag");

        var reply = Api.send(Api.request("/api/v1/conversations/" + conversation + "/messages?after=0&limit=10")
                .header("Authorization", "Bearer " + consumer.accessToken())
                .header("User-Agent", PHONE)
                .GET()
                .build());
        assertEquals(200, reply.status(), reply::toString);
        Api.send(Api.request("/api/v1/conversations?q=Geheimwort")
                .header("Authorization", "Bearer " + consumer.accessToken())
                .header("User-Agent", PHONE)
                .GET()
                .build());

        var read = awaitRecord(consumer.id(), r -> r.endpoint().endsWith("/messages"));
        assertEquals("GET", read.method());
        assertEquals("/api/v1/conversations/" + conversation + "/messages", read.endpoint());
        assertEquals(200, read.status());
        assertEquals(conversation, read.conversationId());
        assertTrue(List.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(read.ipAddress()), read.ipAddress());
        assertFalse(read.ipShortened());
        assertEquals("DE, Hessen", read.location());
        assertEquals("Chrome 131", read.browser());
        assertEquals("Android 14", read.operatingSystem());
        assertEquals("Phone Samsung SM-S918B", read.device());
        assertNull(read.staffAccountId());

        var search = awaitRecord(
                consumer.id(),
                r -> r.endpoint().equals("/api/v1/conversations") && r.method().equals("GET"));
        assertNull(search.conversationId());
        var agent = ServiceRequests.stadtwerkeAgent();
        ServiceRequests.conversation(agent.accessToken(), conversation);
        var byStaff = await(() -> em.createQuery(
                        "select u from UsageRecord u where u.staffAccountId = :staff and u.conversationId = :c",
                        UsageRecord.class)
                .setParameter("staff", agent.id())
                .setParameter("c", conversation)
                .getResultList());
        assertNull(byStaff.consumerId());
    }

    @Test
    void retention_shortens_ip_addresses_after_seven_days_deletes_records_after_ninety_and_is_audited()
            throws Exception {
        var consumer = Consumers.signUp("Rita", "Retention");
        var now = Instant.now();
        transaction.begin();
        var fresh = record(consumer.id(), now.minus(Duration.ofDays(6)), "203.0.113.77");
        var week = record(consumer.id(), now.minus(Duration.ofDays(8)), "2001:db8:4:17::1");
        var old = record(consumer.id(), now.minus(Duration.ofDays(91)), "198.51.100.23");
        transaction.commit();

        var applied = retention.apply();

        assertTrue(applied.shortened() >= 1 && applied.deleted() >= 1, applied::toString);
        em.clear();
        assertEquals("203.0.113.77", em.find(UsageRecord.class, fresh).ipAddress());
        var shortened = em.find(UsageRecord.class, week);
        assertEquals("2001:db8:4:0:0:0:0:0", shortened.ipAddress());
        assertTrue(shortened.ipShortened());
        assertNull(em.find(UsageRecord.class, old));
        var audited = em.createQuery("select e from AuditEvent e order by e.seq desc", AuditEvent.class)
                .setMaxResults(1)
                .getSingleResult();
        assertEquals(UsageRetention.RAN, audited.action());
        assertEquals("system", audited.actor());
        assertEquals(
                "IP addresses shortened: " + applied.shortened() + ", records deleted: " + applied.deleted()
                        + ", website page views deleted: " + applied.pageViewsDeleted(),
                audited.detail());
    }

    private long record(long consumer, Instant at, String ip) {
        var record = new UsageRecord(
                at, consumer, null, ip, "unknown", "Firefox 133", "Linux", "Desktop", "GET", "/api/v1/me", 200, null);
        em.persist(record);
        em.flush();
        return record.id();
    }

    private UsageRecord awaitRecord(long consumer, Predicate<UsageRecord> wanted) throws InterruptedException {
        return await(() -> recordsOf(consumer).stream().filter(wanted).toList());
    }

    private List<UsageRecord> recordsOf(long consumer) {
        em.clear();
        return em.createNamedQuery(UsageRecord.OF_CONSUMER, UsageRecord.class)
                .setParameter("consumer", consumer)
                .setParameter("after", 0L)
                .getResultList();
    }

    /** The usage log is written off the request path: wait up to 20 s for the first matching record. */
    private static UsageRecord await(Supplier<List<UsageRecord>> found) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var records = found.get();
            if (!records.isEmpty()) {
                return records.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no usage record arrived within 20 s");
    }
}
