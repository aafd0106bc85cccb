package de.anliegen.platform.control;

import de.anliegen.platform.gateways.OutboundAddresses;
import de.anliegen.platform.gateways.SmsGateway;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Sends SMS through the operator's provider with one HTTPS POST, as most German SMS providers take it. The operator
 * sets the address, the credentials and the body template ({@code {to}} and {@code {text}} are replaced, escaped for
 * the content type: JSON, form or plain text).
 */
public class HttpSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI url;
    private final String authorization;
    private final String contentType;
    private final String template;

    public HttpSmsGateway(URI url, String user, String password, String contentType, String template) {
        this.url = OutboundAddresses.requireTls(url, "SMS_GATEWAY_URL");
        this.authorization = user.isEmpty()
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.contentType = contentType;
        this.template = template;
    }

    public static HttpSmsGateway configuredBy(Settings settings) {
        return new HttpSmsGateway(
                URI.create(settings.get(Setting.SMS_GATEWAY_URL)),
                settings.get(Setting.SMS_GATEWAY_USER),
                settings.get(Setting.SMS_GATEWAY_PASSWORD),
                settings.get(Setting.SMS_GATEWAY_CONTENT_TYPE),
                settings.get(Setting.SMS_GATEWAY_TEMPLATE));
    }

    @Override
    public void send(String mobileNumber, String text) {
        var body = template.replace("{to}", escape(mobileNumber)).replace("{text}", escape(text));
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        int status;
        try {
            status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            LOG.warning("The SMS provider at " + url.getHost() + " cannot be reached: "
                    + e.getClass().getSimpleName());
            throw new Unavailable("text messages cannot be sent right now; please try again in a few minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("text messages cannot be sent right now; please try again in a few minutes");
        }
        if (status / 100 != 2) {
            LOG.warning("The SMS provider at " + url.getHost() + " answered " + status + "; check SMS_GATEWAY_*");
            throw new Unavailable("text messages cannot be sent right now; please try again in a few minutes");
        }
    }

    private String escape(String value) {
        if (contentType.contains("json")) {
            return Json.escape(value);
        }
        if (contentType.contains("x-www-form-urlencoded")) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return value;
    }
}
