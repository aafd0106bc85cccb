package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.platform.gateways.MailGateway;
import de.anliegen.platform.gateways.SmsGateway;
import de.anliegen.support.Api;
import de.anliegen.support.Deployments;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In dev mode, SMS and e-mail stay on the machine: in the dev outbox, readable newest first at /api/dev/outbox. */
@ExtendWith(ArquillianExtension.class)
class DevOutboxIT {

    @Inject
    SmsGateway sms;

    @Inject
    MailGateway mail;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void messages_sent_in_dev_mode_are_kept_and_listed_newest_first() {
        var run = UUID.randomUUID().toString();
        sms.send("+4915112345678", "Ihr Code: 123456 " + run);
        mail.send("anna@example.org", "Willkommen " + run, "Hallo Anna");

        var reply = Api.get("/api/dev/outbox?limit=2");

        assertEquals(200, reply.status(), reply::toString);
        var newest = reply.jsonArray().getJsonObject(0);
        var older = reply.jsonArray().getJsonObject(1);
        assertEquals("EMAIL", newest.getString("channel"));
        assertEquals("anna@example.org", newest.getString("recipient"));
        assertEquals("Willkommen " + run, newest.getString("subject"));
        assertEquals("SMS", older.getString("channel"));
        assertEquals("+4915112345678", older.getString("recipient"));
        assertTrue(older.getString("body").endsWith(run), reply::body);
    }
}
