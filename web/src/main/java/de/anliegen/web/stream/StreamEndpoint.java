package de.anliegen.web.stream;

import de.anliegen.web.api.Bearer;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The live stream of the app and of agents' clients: {@code wss://…/api/v1/stream?after=CURSOR}, signed in like the
 * API (header {@code Authorization: Bearer …}; a browser, which cannot set headers on a socket, offers the
 * subprotocols {@code anliegen} and {@code bearer.<token>}, and the server chooses {@code anliegen}). Events
 * are JSON objects with a {@code type}; those that are kept carry a {@code cursor} to resume after. Clients read all of
 * it in asyncapi.yaml beside this class (served at /api/asyncapi.yaml): a change of the stream changes it too.
 */
@ServerEndpoint(
        value = "/api/v1/stream",
        subprotocols = Bearer.STREAM_PROTOCOL,
        configurator = StreamEndpoint.TokenOfHandshake.class)
public class StreamEndpoint {

    /** A socket that has heard nothing from its client for this long is taken for dead: apps ping every minute. */
    static final long MOST_IDLE_MILLIS = 90 * 1000;

    /** Frames from the client are small; larger ones close the socket (1009). */
    static final int MOST_FRAME_BYTES = 4096;

    private static final String TOKEN = "accessToken";
    private static final Logger LOG = Logger.getLogger(StreamEndpoint.class.getName());

    @Inject
    StreamSockets sockets;

    @OnOpen
    public void open(Session session) throws IOException {
        var principal = session.getUserPrincipal();
        if (principal == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        session.setMaxIdleTimeout(MOST_IDLE_MILLIS);
        var consumer = principal.getName().startsWith("consumer:");
        var after = session.getRequestParameterMap().getOrDefault("after", List.of()).stream()
                .findFirst()
                .orElse(null);
        sockets.open(
                session,
                principal.getName(),
                consumer,
                (String) session.getUserProperties().get(TOKEN),
                after);
    }

    @OnMessage(maxMessageSize = MOST_FRAME_BYTES)
    public void message(Session session, String text) {
        sockets.received(session, text);
    }

    @OnClose
    public void close(Session session) {
        sockets.closed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.fine(() -> "Socket " + session.getId() + " failed: " + failure);
    }

    /**
     * Keeps the handshake's access token with the socket (its own copy of the properties, WebSocket 2.1), so that the
     * socket can be closed once the token no longer works.
     */
    public static class TokenOfHandshake extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            var token = header(request, "Authorization").stream()
                    .findFirst()
                    .flatMap(Bearer::ofHeader)
                    .or(() -> Bearer.ofProtocols(header(request, Bearer.PROTOCOL_HEADER)));
            token.ifPresent(value -> config.getUserProperties().put(TOKEN, value.strip()));
        }

        private static List<String> header(HandshakeRequest request, String name) {
            return request.getHeaders().entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .toList();
        }
    }
}
