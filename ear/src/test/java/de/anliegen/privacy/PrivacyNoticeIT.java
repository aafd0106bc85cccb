package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.platform.health.ResidencyCheck;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promises of the privacy notice that no other test is named after (docs/data-protection.md lists every promise
 * with the test named after it).
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class PrivacyNoticeIT {

    private static final List<String> RESIDENCY_PROPERTIES =
            List.of("db.url", "anliegen.hosting.region", "anliegen.residency.check");

    @Inject
    ResidencyCheck residency;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @AfterEach
    void residencyAsConfigured() {
        RESIDENCY_PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void service_requests_travel_only_encrypted_with_methods_considered_secure_today() throws Exception {
        var consumer = Consumers.signUp("Vera", "Verschlüsselt");
        var answer = Api.get("/api/v1/me", consumer.accessToken()).response();
        assertEquals(200, answer.statusCode());
        assertEquals("TLSv1.3", answer.sslSession().orElseThrow().getProtocol());

        var plain = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PLAIN_PORT + "/api/v1/me"))
                                .header("Authorization", "Bearer " + consumer.accessToken())
                                .build(),
                        BodyHandlers.ofString());
        assertEquals(302, plain.statusCode(), "plain HTTP is only ever redirected");
        assertEquals(
                "https://localhost:8443/api/v1/me", // configure.cli's target, whichever test server answers
                plain.headers().firstValue("Location").orElse(""));
        assertFalse(plain.body().contains(consumer.mobileNumber()));
    }

    @Test
    void registration_asks_for_first_name_last_name_and_mobile_number_and_nothing_more() {
        var consumer = Consumers.signUp("Rita", "Registriert");

        var profile = Api.get("/api/v1/me", consumer.accessToken()).json();
        assertEquals("Rita", profile.getString("firstName"));
        assertEquals("Registriert", profile.getString("lastName"));
        assertEquals(consumer.mobileNumber(), profile.getString("mobileNumber"));
        assertFalse(profile.containsKey("email"), "an e-mail address is voluntary: " + profile);
        assertEquals(404, Api.get("/api/v1/me/picture", consumer.accessToken()).status(), "a picture is voluntary");
    }

    @Test
    void personal_data_stay_in_a_data_centre_in_germany_and_a_database_elsewhere_stops_the_start() {
        residency.check(); // as this server is configured: an embedded database, region DE

        System.setProperty("db.url", "jdbc:mariadb://db.example.com:3306/anliegen?user=anliegen");
        var abroad = assertThrows(EJBException.class, residency::check);
        assertTrue(messages(abroad).contains("db.example.com"), () -> messages(abroad));

        System.setProperty("db.url", "jdbc:mariadb://127.0.0.1:3306/anliegen");
        System.setProperty("anliegen.hosting.region", "US");
        var region = assertThrows(EJBException.class, residency::check);
        assertTrue(messages(region).contains("not DE"), () -> messages(region));

        System.setProperty("anliegen.residency.check", "warn");
        residency.check(); // the operator chose to be warned at every start instead
    }

    @Test
    void personal_data_are_never_used_for_advertising_or_marketing_without_consent() {
        var consumer = Consumers.signUp("Mara", "Marketingfrei");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Abschlag");

        var consents = Api.get("/api/v1/me/consents", consumer.accessToken()).jsonArray();
        var granted = consents.getValuesAs(JsonObject.class).stream()
                .filter(consent -> consent.getBoolean("granted"))
                .map(consent -> consent.getString("purpose"))
                .toList();
        assertEquals(Set.of("service-requests"), Set.copyOf(granted), "using the service grants nothing else");
    }

    private static String messages(Throwable thrown) {
        var all = new StringBuilder();
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append(" / ");
        }
        return all.toString();
    }
}
