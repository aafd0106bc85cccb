package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import de.anliegen.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A password hash made at a lower cost than now configured is made anew at the next successful sign-in. */
@ExtendWith(ArquillianExtension.class)
class PasswordUpgradeIT {

    @Inject
    Pbkdf2PasswordHash oldCost;

    @Inject
    ConsumerCredentials credentials;

    @Inject
    Settings settings;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_cheaper_hash_is_upgraded_on_sign_in() throws Exception {
        var configured = settings.getInt(Setting.PASSWORD_HASH_ITERATIONS);
        oldCost.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations",
                String.valueOf(configured / 2)));
        var number =
                "+49160" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        var consumer = new Consumer("Olga", "Altbestand", number, Instant.now());
        consumer.usePassword(oldCost.generate("Alte-Kosten-Eiche-12".toCharArray()));
        transaction.begin();
        em.persist(consumer);
        transaction.commit();

        var signedIn = credentials.signIn(number, "Alte-Kosten-Eiche-12", "198.51.100.9");

        assertEquals(consumer.id(), signedIn.consumer().id());
        var stored = em.find(Consumer.class, consumer.id()).passwordHash();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:" + configured + ":"), stored);
        assertEquals(
                consumer.id(),
                credentials
                        .signIn(number, "Alte-Kosten-Eiche-12", "198.51.100.9")
                        .consumer()
                        .id());
    }
}
