package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.DataSubjects;
import de.anliegen.support.Consumers;
import de.anliegen.support.CountingConsumer;
import de.anliegen.support.DataProtectionOfficer;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
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
        var found = officer.does(() -> subjects.find("zora ZÄHLWERK")).subjects();
        assertTrue(found.stream().anyMatch(subject -> subject.id() == CountingConsumer.ID), found::toString);
    }

    @Test
    void a_name_many_people_share_finds_the_first_twenty_and_one_more_to_tell_there_are_more() {
        var shared = "Vielname" + ServiceRequests.newId().substring(0, 6).replaceAll("[^A-Za-z]", "x");
        for (var i = 0; i < DataSubjects.MOST_FOUND + 2; i++) {
            Consumers.signUp("Eins", shared);
        }
        var found = officer.does(() -> subjects.find(shared));
        assertEquals(DataSubjects.MOST_FOUND, found.subjects().size(), found::toString);
        assertTrue(found.more(), "the portal shows 20 and says there are more");
    }
}
