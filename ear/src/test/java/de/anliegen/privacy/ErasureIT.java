package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.ServiceRequests;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static final Set<Integer> TEXT = Set.of(
            Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.CLOB,
            Types.NCLOB);

    @Resource(lookup = "java:jboss/datasources/AnliegenDS")
    DataSource database;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTestingOverTheApi(ErasureIT.class);
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
        var before = occurrences(List.of(firstName, lastName, consumer.mobileNumber(), email, ip));
        assertTrue(before.size() >= 5, "the scan finds the data before the erasure: " + before);

        var deleted = Api.sendJson(
                "DELETE",
                "/api/v1/me",
                Json.createObjectBuilder()
                        .add("password", "Tilgung-Probe-2026")
                        .build()
                        .toString(),
                consumer.accessToken());
        assertEquals(204, deleted.status(), deleted::toString);

        assertEquals(List.of(), occurrences(List.of(firstName, lastName, consumer.mobileNumber(), email, ip)));
        var erased = em.createQuery(
                        "select count(e) from AuditEvent e where e.consumerId = :c and e.action = 'consumer.erased'",
                        Long.class)
                .setParameter("c", consumer.id())
                .getSingleResult();
        assertEquals(1, erased, "the erasure itself is audited, naming no one");
    }

    /** Every table and text column that holds any of the values, as "table.column: value". */
    private List<String> occurrences(List<String> values) throws SQLException {
        var found = new ArrayList<String>();
        try (var connection = database.getConnection()) {
            var meta = connection.getMetaData();
            var quote = meta.getIdentifierQuoteString().strip();
            var columns = new ArrayList<String[]>();
            try (var tables = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (tables.next()) {
                    if (TEXT.contains(tables.getInt("DATA_TYPE"))) {
                        columns.add(new String[] {tables.getString("TABLE_NAME"), tables.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 50, "the scan reads the product's tables: " + columns.size());
            for (var column : columns) {
                for (var value : values) {
                    var sql = "select count(*) from " + quote + column[0] + quote + " where " + quote + column[1]
                            + quote + " like ?";
                    try (var query = connection.prepareStatement(sql)) {
                        query.setString(1, "%" + value + "%");
                        try (var result = query.executeQuery()) {
                            result.next();
                            if (result.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private void awaitUsageFrom(String ip) throws InterruptedException {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            em.clear();
            var count = em.createQuery("select count(u) from UsageRecord u where u.ipAddress = :ip", Long.class)
                    .setParameter("ip", ip)
                    .getSingleResult();
            if (count > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no usage record from " + ip + " arrived within 20 s");
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
