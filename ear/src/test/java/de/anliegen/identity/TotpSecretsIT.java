package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.demo.boundary.DemoData;
import de.anliegen.identity.control.TotpSecrets;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.database.SchemaReady;
import de.anliegen.support.DataProtectionOfficer;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.Portal;
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
 * The staff's TOTP secrets are kept sealed with a key outside the database (issue 21 #14): the database alone yields
 * none of them, and one kept in clear before is sealed at the next start.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class TotpSecretsIT {

    @Inject
    TotpSecrets secrets;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void totp_secrets_are_stored_sealed_and_the_database_alone_yields_none() {
        var stored = storedSecretOf(Portal.PLATFORM_ADMIN);

        assertTrue(stored.startsWith("aes-gcm:"), stored);
        assertFalse(stored.contains(DemoData.DEMO_TOTP_SECRET), stored);
        assertEquals(DemoData.DEMO_TOTP_SECRET, secrets.open(account(Portal.PLATFORM_ADMIN)));
    }

    @Test
    void a_secret_kept_in_clear_before_is_sealed_at_the_next_start_and_makes_the_same_codes() throws Exception {
        transaction.begin();
        em.createNativeQuery("update staff_account set totp_secret = ?1 where email = ?2")
                .setParameter(1, DemoData.DEMO_TOTP_SECRET)
                .setParameter(2, DataProtectionOfficer.EMAIL)
                .executeUpdate();
        transaction.commit();
        assertEquals(DemoData.DEMO_TOTP_SECRET, storedSecretOf(DataProtectionOfficer.EMAIL));

        secrets.sealAnew(new SchemaReady("test"));

        var stored = storedSecretOf(DataProtectionOfficer.EMAIL);
        assertTrue(stored.startsWith("aes-gcm:"), stored);
        assertEquals(DemoData.DEMO_TOTP_SECRET, secrets.open(account(DataProtectionOfficer.EMAIL)));
    }

    private String storedSecretOf(String email) {
        return (String) em.createNativeQuery("select totp_secret from staff_account where email = ?1")
                .setParameter(1, email)
                .getSingleResult();
    }

    private StaffAccount account(String email) {
        em.clear();
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email)
                .getSingleResult();
    }
}
