package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.ServiceHours;
import de.anliegen.conversation.boundary.CompanyFigures;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import de.anliegen.conversation.boundary.ServiceFigures;
import de.anliegen.platform.time.Clocks;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.FirstResponseDues;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StadtwerkeAdmin;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A company's promised first response (issue 22): each request opened after the promise knows when its first
 * response is due by the company's working time, the company's first answer ends the wait, the inbox lists those
 * awaiting theirs the soonest due first, and the dashboard counts the overdue and the late ones. Time is moved by
 * moving the due times back in the database, as an hour passing would.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class FirstResponsesIT {

    @Inject
    StadtwerkeAdmin admin;

    @Inject
    Companies companies;

    @Inject
    Conversations conversations;

    @Inject
    ServiceFigures figures;

    @Inject
    FirstResponseDues dues;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void requests_are_due_by_the_promise_listed_soonest_due_first_and_the_misses_are_counted() {
        var consumer = Consumers.signUp("Frida", "Frist");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var before = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Vor dem Versprechen");
        var today = LocalDate.now(Clocks.GERMANY);
        var figuresBefore = admin.does(() -> figures.ofMyCompany(today, today));
        try {
            admin.does(() -> companies.promiseFirstResponse(60, ServiceHours.parse("")));
            var opened = Instant.now();
            var overdue = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Überfällig");
            var later = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Später fällig");
            var late = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Spät beantwortet");
            var inTime = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Rechtzeitig beantwortet");

            assertNull(dues.request(before).firstResponseDueAt(), "opened before the promise: nothing is due");
            var due = dues.request(later).firstResponseDueAt();
            assertNotNull(due);
            var expected = opened.plus(Duration.ofMinutes(60));
            assertTrue(
                    !due.isBefore(expected.minusSeconds(1)) && due.isBefore(expected.plusSeconds(30)),
                    "an hour around the clock: " + due);
            assertNotNull(dues.request(later).waitingSince(), "the consumer waits from their first message");

            var agent = ServiceRequests.stadtwerkeAgent();
            ServiceRequests.send(agent.accessToken(), late, "Entschuldigung für die Wartezeit.");
            ServiceRequests.send(agent.accessToken(), inTime, "Wir kümmern uns.");
            // an hour and more passes for two of them: one still waits, one was answered after it was due
            dues.dueAt(overdue, Instant.now().minus(Duration.ofMinutes(5)));
            dues.dueAt(late, dues.request(late).firstResponseAt().minus(Duration.ofMinutes(5)));

            var answered = dues.request(inTime);
            assertNotNull(answered.firstResponseAt());
            assertNull(answered.waitingSince(), "answered: no one waits");
            assertFalse(answered.missedFirstResponse(Instant.now()));
            assertTrue(dues.request(late).missedFirstResponse(Instant.now()));
            assertTrue(dues.request(overdue).missedFirstResponse(Instant.now()));

            var awaiting = admin
                    .does(() ->
                            conversations.list(new InboxFilter("all", null, null, null, "Frida", "due"), null, 0, 50))
                    .conversations()
                    .stream()
                    .map(ConversationView::id)
                    .toList();
            assertEquals(List.of(overdue, later), awaiting, "awaiting their first response, the soonest due first");

            CompanyFigures now = admin.does(() -> figures.ofMyCompany(today, today));
            assertEquals(figuresBefore.overdueNow() + 1, now.overdueNow());
            assertEquals(figuresBefore.promisedFirstResponses() + 4, now.promisedFirstResponses());
            assertEquals(figuresBefore.missedFirstResponses() + 2, now.missedFirstResponses());
        } finally {
            admin.does(() -> companies.promiseFirstResponse(null, null));
        }
    }
}
