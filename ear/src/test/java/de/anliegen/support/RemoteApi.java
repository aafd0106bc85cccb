package de.anliegen.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The API of a server the test started itself ({@link SecondServer}), or of a cluster's load balancer, at {@code base}:
 * the few calls the failure tests make, over one HTTP/2 connection of its own or the tests' shared one.
 */
public final class RemoteApi {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final URI base;
    private final HttpClient client;

    public RemoteApi(URI base) {
        this(base, null);
    }

    private RemoteApi(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** The same API over a connection of its own (behind a load balancer: possibly to another node). */
    public RemoteApi ownConnection() {
        return new RemoteApi(
                base,
                HttpClient.newBuilder()
                        .sslContext(Api.trustingSelfSigned())
                        .connectTimeout(Duration.ofSeconds(10))
                        .build());
    }

    public URI base() {
        return base;
    }

    /** Its stream, {@code wss://} at the same host and port. */
    public URI stream() {
        return URI.create("wss://" + base.getAuthority());
    }

    public Api.Reply get(String path) {
        return get(path, null);
    }

    /** With these headers besides, as name and value one after the other. */
    public Api.Reply get(String path, String accessToken, String... headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    public Api.Reply post(String path, String json, String accessToken) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return send(request.POST(BodyPublishers.ofString(json)).build());
    }

    public Api.Reply delete(String path, String accessToken) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken)
                .DELETE()
                .build());
    }

    /** A new consumer, registered and signed in: their access token. */
    public String signUp(String firstName, String lastName) {
        var number = Consumers.newMobileNumber();
        var registration = post(
                "/api/v1/registrations",
                Json.createObjectBuilder()
                        .add("firstName", firstName)
                        .add("lastName", lastName)
                        .add("mobileNumber", number)
                        .build()
                        .toString(),
                null);
        var code = get("/api/dev/outbox?limit=200").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("recipient").equals(number))
                .map(entry -> CODE.matcher(entry.getString("body")))
                .filter(matcher -> matcher.find())
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElseThrow();
        var verified = post(
                "/api/v1/registrations/" + registration.json().getString("id") + "/verification",
                Json.createObjectBuilder().add("code", code).build().toString(),
                null);
        return verified.json().getJsonObject("tokens").getString("accessToken");
    }

    /** A new consumer, connected with the Stadtwerke: their access token. */
    public String stadtwerkeCustomer(String firstName, String lastName) {
        var consumer = signUp(firstName, lastName);
        post("/api/v1/me/companies/" + ServiceRequests.STADTWERKE, "", consumer);
        return consumer;
    }

    /** The demo agent of the Stadtwerke, signed in to the API: their access token. */
    public String stadtwerkeAgent() {
        return post(
                        "/api/v1/staff/sessions",
                        Json.createObjectBuilder()
                                .add("email", "agent@stadtwerke-musterstadt.example")
                                .add("password", "demo-agent-2026")
                                .build()
                                .toString(),
                        null)
                .json()
                .getString("accessToken");
    }

    /** {@code count} new service requests of the consumer to the Stadtwerke: their conversations' ids. */
    public List<Long> openConversations(String consumer, int count, String subject) {
        var conversations = new ArrayList<Long>();
        for (var i = 0; i < count; i++) {
            conversations.add(post(
                            "/api/v1/conversations",
                            Json.createObjectBuilder()
                                    .add("company", ServiceRequests.STADTWERKE)
                                    .add("subject", subject + " " + i)
                                    .add("text", "Am Anfang")
                                    .add("requestId", UUID.randomUUID().toString())
                                    .build()
                                    .toString(),
                            consumer)
                    .json()
                    .getJsonNumber("id")
                    .longValue());
        }
        return conversations;
    }

    /** A message of the consumer with this client message id. */
    public Api.Reply send(String consumer, long conversation, String clientMessageId) {
        return post(
                "/api/v1/conversations/" + conversation + "/messages",
                Json.createObjectBuilder()
                        .add("clientMessageId", clientMessageId)
                        .add("text", "Nachricht " + clientMessageId)
                        .build()
                        .toString(),
                consumer);
    }

    /** The client message ids of every message stored in these conversations, as often as each is stored. */
    public List<String> clientMessageIds(String consumer, List<Long> conversations) {
        var ids = new ArrayList<String>();
        for (var conversation : conversations) {
            var after = 0L;
            while (true) {
                var page = get(
                                "/api/v1/conversations/" + conversation + "/messages?after=" + after + "&limit=200",
                                consumer)
                        .json();
                for (var message : page.getJsonArray("messages").getValuesAs(JsonObject.class)) {
                    ids.add(message.getString("clientMessageId"));
                }
                after = page.getJsonNumber("next").longValue();
                if (!page.getBoolean("more")) {
                    break;
                }
            }
        }
        return ids;
    }

    private Api.Reply send(HttpRequest request) {
        if (client == null) {
            return Api.send(request);
        }
        try {
            return new Api.Reply(client.send(request, BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
