package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.DataSubjects;
import de.anliegen.support.CountingConsumer;
import de.anliegen.support.DataProtectionOfficer;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data protection officer finds the writer of a letter by name among everyone with an account, whether connected
 * to a company or not (the inbox's search by name, which looks only among a company's connections, is another).
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class DataSubjectSearchIT {

    @Inject
    CountingConsumer consumer;

    @Inject
    DataProtectionOfficer officer;

    @Inject
    DataSubjects subjects;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void the_officer_finds_a_person_by_name_in_any_case_connected_or_not() {
        consumer.exist();
        var found = officer.does(() -> subjects.find("zora ZÄHLWERK"));
        assertTrue(found.stream().anyMatch(subject -> subject.id() == CountingConsumer.ID), found::toString);
    }
}
