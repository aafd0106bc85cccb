package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Mails;
import de.anliegen.support.SmsProvider;
import jakarta.json.Json;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** In production mode the product's e-mail goes out by SMTP: a real SMTP server on loopback (GreenMail) reads it. */
@Tag("production-mode")
class ProductionMailIT extends AgainstTheProduct {

    private static GreenMail smtp;
    private static SmsProvider sms;

    @BeforeAll
    static void startServers() {
        startSmtp();
        sms = SmsProvider.start();
    }

    private static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(13025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
        sms.close();
    }

    @Test
    void confirmation_and_reset_mails_arrive_by_smtp_and_their_links_work() throws Exception {
        var address = "greta-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        asksToConfirm("Greta", address);

        var confirmation = receivedBy(address, 1);
        assertTrue(confirmation.getSubject().contains("bestätigen"), confirmation.getSubject());
        assertEquals("Anliegen <no-reply@localhost>", confirmation.getFrom()[0].toString());
        var confirmText = (String) confirmation.getContent();
        assertTrue(confirmText.startsWith("Hallo Greta,"), confirmText);
        assertEquals(
                200,
                Api.post("/api/v1/email-confirmations", json("token", Mails.tokenIn(confirmText)))
                        .status());

        assertEquals(
                202, Api.post("/api/v1/password-reset", json("email", address)).status());
        var reset = receivedBy(address, 2);
        var resetText = (String) reset.getContent();
        assertTrue(resetText.contains("https://localhost:8443/reset-password.xhtml?token="), resetText);

        var chosen = Api.post(
                "/api/v1/password-reset/new-password",
                Json.createObjectBuilder()
                        .add("token", Mails.tokenIn(resetText))
                        .add("password", "Schwarzwald-Tanne-77")
                        .build()
                        .toString());
        assertEquals(204, chosen.status(), chosen::toString);
        assertEquals(
                200,
                Consumers.signInWithPassword(address, "Schwarzwald-Tanne-77").status());
    }

    @Test
    void forgot_password_answers_at_once_while_the_mail_server_does_not() throws Exception {
        var address = "hanna-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        asksToConfirm("Hanna", address);
        var confirmText = (String) receivedBy(address, 1).getContent();
        Api.post("/api/v1/email-confirmations", json("token", Mails.tokenIn(confirmText)));

        smtp.stop();
        // a mail server that takes the connection and never says a word
        try (var silent = new ServerSocket(13025, 50, InetAddress.getByName("127.0.0.1"))) {
            var began = System.nanoTime();
            var requested = Api.post("/api/v1/password-reset", json("email", address));
            var took = Duration.ofNanos(System.nanoTime() - began);

            assertEquals(202, requested.status(), requested::toString);
            assertTrue(took.toMillis() < 3_000, "answered after " + took.toMillis() + " ms, waiting for the mail");
        } finally {
            startSmtp();
        }
    }

    /** A new consumer asks to use this e-mail address: the product mails a confirmation link. */
    private static void asksToConfirm(String firstName, String address) {
        var number = Consumers.newMobileNumber();
        var registration = Consumers.register(firstName, "Post", number).json();
        var tokens = Consumers.verify(
                        registration.getString("id"), sms.lastTo(number).code())
                .json()
                .getJsonObject("tokens");
        var change = Api.sendJson("PUT", "/api/v1/me/email", json("email", address), tokens.getString("accessToken"));
        assertEquals(202, change.status(), change::toString);
    }

    /** The newest message to this address once it has received {@code count}, waiting up to 10 s. */
    private static MimeMessage receivedBy(String address, int count) throws Exception {
        for (var i = 0; i < 100 && countTo(address) < count; i++) {
            Thread.sleep(100);
        }
        MimeMessage newest = null;
        for (var message : smtp.getReceivedMessages()) {
            if (message.getRecipients(RecipientType.TO)[0].toString().equals(address)) {
                newest = message;
            }
        }
        if (newest == null) {
            throw new AssertionError("GreenMail received nothing for " + address);
        }
        return newest;
    }

    private static long countTo(String address) throws Exception {
        var count = 0L;
        for (var message : smtp.getReceivedMessages()) {
            if (message.getRecipients(RecipientType.TO)[0].toString().equals(address)) {
                count++;
            }
        }
        return count;
    }

    private static String json(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build().toString();
    }
}
