package de.anliegen.web.stream;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.logging.Logger;

/** What the app's stream and the portal's live channel do alike with a WebSocket. */
public final class Sockets {

    private static final Logger LOG = Logger.getLogger(Sockets.class.getName());

    private Sockets() {}

    /** Closes it with this code and reason; one that is already closing or gone is no failure (logged finely). */
    public static void close(Session socket, CloseReason.CloseCode code, String reason) {
        try {
            socket.close(new CloseReason(code, reason));
        } catch (IOException | IllegalStateException e) {
            LOG.fine(() -> "Closing socket " + socket.getId() + ": " + e.getMessage());
        }
    }
}
