package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.entity.ConsumerMailLink;
import de.anliegen.identity.entity.ConsumerMailLink.Purpose;
import de.anliegen.identity.entity.SignInFailure;
import de.anliegen.privacy.boundary.SignInRetention;
import de.anliegen.support.AuditEntries;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A registration never finished keeps a person's names and number, and every code asked for keeps the number and the
 * network: once the 24 hours of the limits are over, the night deletes them, as failed sign-ins after their window and
 * mailed links with their addresses once spent, even when no one registers or signs in meanwhile.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class SignInRetentionIT {

    @Inject
    SignInRetention retention;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void what_registering_and_signing_in_leave_behind_is_deleted_at_night_once_its_time_is_over() throws Exception {
        var abandoned = Consumers.newMobileNumber();
        assertEquals(202, Consumers.register("Abel", "Abgebrochen", abandoned).status());
        var unknown = Consumers.newMobileNumber();
        var fresh = Consumers.newMobileNumber();
        assertEquals(202, Consumers.register("Frida", "Frisch", fresh).status());

        // a day and more later for the abandoned registration; a failed sign-in of a quarter of an hour ago and one of
        // now
        transaction.begin();
        em.persist(new SignInFailure(unknown, "192.0.2.1", Instant.now().minus(Duration.ofMinutes(16))));
        em.persist(new SignInFailure(fresh, "192.0.2.1", Instant.now()));
        age(
                "update Registration r set r.createdAt = :old where r.mobileNumber = :key",
                abandoned,
                Duration.ofHours(25));
        age("update CodeSent c set c.sentAt = :old where c.mobileNumber = :key", abandoned, Duration.ofHours(25));
        transaction.commit();

        var deleted = retention.apply();

        assertEquals(0, count("select count(r) from Registration r where r.mobileNumber = :key", abandoned));
        assertEquals(0, count("select count(c) from CodeSent c where c.mobileNumber = :key", abandoned));
        assertEquals(0, count("select count(f) from SignInFailure f where f.login = :key", unknown));
        assertEquals(1, count("select count(r) from Registration r where r.mobileNumber = :key", fresh), "still due");
        assertEquals(1, count("select count(c) from CodeSent c where c.mobileNumber = :key", fresh));
        assertEquals(1, count("select count(f) from SignInFailure f where f.login = :key", fresh));
        assertTrue(deleted.startsWith("registrations "), deleted);
        var audited = AuditEntries.latest(em, SignInRetention.RAN);
        assertEquals("system", audited.actor());
        assertEquals("deleted: " + deleted, audited.detail());
    }

    private void age(String update, String key, Duration by) {
        em.createQuery(update)
                .setParameter("old", Instant.now().minus(by))
                .setParameter("key", key)
                .executeUpdate();
    }

    private long count(String query, String key) {
        return em.createQuery(query, Long.class).setParameter("key", key).getSingleResult();
    }

    @Test
    void a_mailed_link_and_its_address_are_deleted_once_used_or_expired_and_out_of_the_hours_limit() throws Exception {
        var linda = Consumers.signUp("Linda", "Link");
        var now = Instant.now();
        var hour = ConsumerMailLink.COUNTED;
        transaction.begin();
        var used = link(linda, "used", now.minus(hour.plusMinutes(5)), now.plus(Duration.ofHours(20)));
        used.use(now.minus(hour));
        var expired = link(linda, "expired", now.minus(Duration.ofHours(25)), now.minus(Duration.ofHours(1)));
        var usedJustNow = link(linda, "counted", now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(20)));
        usedJustNow.use(now.minus(Duration.ofMinutes(4)));
        var pending = link(linda, "pending", now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(22)));
        transaction.commit();

        var deleted = retention.apply();

        assertTrue(deleted.contains(", mail links "), deleted);
        assertEquals(0, links("used"), "used and out of the hour's limit");
        assertEquals(0, links("expired"));
        assertEquals(1, links("counted"), "still counted against the limit of an hour");
        assertEquals(1, links("pending"), "still waiting to be opened");
    }

    private ConsumerMailLink link(Consumers.SignedIn consumer, String name, Instant created, Instant expires) {
        var link = new ConsumerMailLink(
                consumer.id(),
                Purpose.EMAIL_CONFIRMATION,
                UUID.randomUUID().toString().replace("-", ""),
                name + "." + consumer.id() + "@example.org",
                created,
                expires);
        em.persist(link);
        return link;
    }

    private long links(String name) {
        return em.createQuery("select count(l) from ConsumerMailLink l where l.email like :name", Long.class)
                .setParameter("name", name + ".%")
                .getSingleResult();
    }
}
