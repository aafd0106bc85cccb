package de.anliegen.portal;

import static de.anliegen.support.ServiceRequests.STADTWERKE;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.ServiceHours;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.FirstResponseDues;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StadtwerkeAdmin;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A first response the company promised and missed stands out in the agent's inbox: the due time of a request still
 * waiting, and the "answered" of one answered late, in red. A promise is missed only after its minutes have passed, so
 * the in-container half makes the two requests and moves their due times back in the database (as FirstResponsesIT
 * does), and the browser half, as a client, looks at them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class MissedFirstResponseBrowserIT {

    private static final String WAITING = "Frist verpasst, wartet";
    private static final String ANSWERED_LATE = "Frist verpasst, spät beantwortet";

    @Inject
    StadtwerkeAdmin admin;

    @Inject
    Companies companies;

    @Inject
    FirstResponseDues dues;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    @Order(1)
    void two_requests_miss_their_first_response() {
        var consumer = Consumers.signUp("Vera", "Verpasst");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        admin.does(() -> companies.promiseFirstResponse(60, ServiceHours.parse("")));
        try {
            var waiting = ServiceRequests.open(consumer.accessToken(), STADTWERKE, WAITING);
            var late = ServiceRequests.open(consumer.accessToken(), STADTWERKE, ANSWERED_LATE);
            ServiceRequests.send(ServiceRequests.stadtwerkeAgent().accessToken(), late, "Entschuldigung!");
            var answeredAt = dues.request(late).firstResponseAt();
            dues.dueAt(waiting, Instant.now().minus(Duration.ofMinutes(5)));
            dues.dueAt(late, answeredAt.minus(Duration.ofMinutes(5)));
        } finally {
            admin.does(() -> companies.promiseFirstResponse(null, null));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void the_agents_inbox_marks_both_in_red() {
        // in a class of its own: the in-container half of this class cannot load Selenium's classes
        MissedInTheInbox.assertBothMarked(WAITING, ANSWERED_LATE);
    }
}
