package de.anliegen.web.stream;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The live stream of the app and of agents' clients: {@code wss://…/api/v1/stream?after=CURSOR}, signed in like the
 * API (header {@code Authorization: Bearer …}, or {@code access_token=} where a client cannot set headers). Events
 * are JSON objects with a {@code type}; those that are kept carry a {@code cursor} to resume after.
 */
@ServerEndpoint("/api/v1/stream")
public class StreamEndpoint {

    /** A socket that has heard nothing from its client for this long is closed: apps ping every minute. */
    static final long MOST_IDLE_MILLIS = 10 * 60 * 1000;

    /** Frames from the client are small; larger ones close the socket (1009). */
    static final int MOST_FRAME_BYTES = 4096;

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
        sockets.open(session, principal.getName(), consumer, after);
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
}
