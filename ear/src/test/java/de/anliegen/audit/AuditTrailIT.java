package de.anliegen.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.audit.boundary.Verification;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.support.Consumers;
import de.anliegen.support.DataProtectionOfficer;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail records every staff access to a consumer's data, and its verification finds any entry that was
 * changed, removed or moved. Each tampering happens in a transaction that is rolled back, so the trail stays intact for
 * the tests after this one.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Inject
    AuditTrail trail;

    @Inject
    DataProtectionOfficer dpo;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void an_agent_reading_a_conversation_is_audited_once_per_window_and_the_consumer_reading_it_not_at_all() {
        var consumer = Consumers.signUp("Gerda", "Geprüft");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Zählerstand");
        ServiceRequests.conversation(consumer.accessToken(), conversation);
        var agent = ServiceRequests.stadtwerkeAgent();

        ServiceRequests.conversation(agent.accessToken(), conversation);
        ServiceRequests.conversation(agent.accessToken(), conversation);
        assertEquals(
                200,
                ServiceRequests.messages(agent.accessToken(), conversation, 0, 50)
                        .status());

        var entries = dpo.does(() -> trail.about(new ConsumerId(consumer.id()), 0, 50)).stream()
                .filter(e -> e.action().equals("conversation.read"))
                .toList();
        assertEquals(1, entries.size(), entries::toString);
        var entry = entries.get(0);
        assertEquals("conversation.read", entry.action());
        assertEquals("staff:" + agent.id(), entry.actor());
        assertEquals("conversation:" + conversation, entry.objectRef());
        assertEquals(Audited.SERVICE_REQUEST, entry.purpose());
        assertTrue(verify().intact());
    }

    @Test
    void the_verification_finds_a_changed_a_removed_and_a_reordered_entry() throws Exception {
        withDetail("Nachname: Müller → Meier");
        withDetail("Vorname: Jana → Janina");
        // the two rectifications are the newest entries the verification checks; it then appends its own
        var checked = verify().checked();
        var middle = checked - 1;
        var newest = checked + 1;

        assertBroken(
                middle,
                "content-changed",
                () -> update("update audit_event set action = 'consumer.viewed' where seq = ?1", middle));
        assertBroken(
                middle,
                "detail-changed",
                () -> update("update audit_event set detail = 'Nachname: Meier' where seq = ?1", middle));
        assertBroken(middle, "entry-missing", () -> update("delete from audit_event where seq = ?1", middle));
        assertBroken(middle, "out-of-chain", () -> {
            update("update audit_event set seq = -1 where seq = ?1", middle);
            update("update audit_event set seq = ?1 where seq = ?2", middle, middle + 1);
            update("update audit_event set seq = ?1 where seq = -1", middle + 1);
        });
        assertBroken(newest, "entries-missing", () -> update("delete from audit_event where seq = ?1", newest));

        var erased = tampered(() -> update("update audit_event set detail = null where seq = ?1", middle));
        assertTrue(erased.intact(), "an erased detail leaves the chain intact: " + erased);
        assertTrue(verify().intact());
    }

    private void assertBroken(long seq, String problem, Runnable tampering) throws Exception {
        var result = tampered(tampering);
        assertFalse(result.intact(), result::toString);
        assertEquals(seq, result.brokenAt(), result::toString);
        assertEquals(problem, result.problem());
        assertNull(result.lastHash());
    }

    /** Tampers with the trail and verifies it in one transaction, then rolls both back. */
    private Verification tampered(Runnable tampering) throws Exception {
        transaction.begin();
        try {
            tampering.run();
            em.flush();
            em.clear();
            return verify();
        } finally {
            transaction.rollback();
        }
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private void withDetail(String detail) {
        dpo.does(() -> {
            trail.record(new Audited("consumer.rectified", Audited.DATA_SUBJECT_REQUEST, null, "test", null, detail));
            return null;
        });
    }

    private Verification verify() {
        return dpo.does(trail::verify);
    }
}
