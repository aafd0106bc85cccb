package de.anliegen.web.portal.inbox;

import de.anliegen.web.security.AnliegenAuthentication;
import de.anliegen.web.security.AnliegenAuthentication.SignedInStaff;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
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
import java.util.logging.Logger;

/**
 * The live channel of the inbox's pages, {@code wss://…/portal/inbox/live}: which conversations of the agent's company
 * changed ({@link CompanyPush}), as JSON {@code {"changes":[{"type","conversationId","side"}]}}. The handshake is
 * signed in like any page below {@code /portal/inbox/} (the portal's session, agents and company admins); the socket
 * keeps nothing in that session, so a page whose node died opens its channel again on another node (ADR 13). The page
 * sends nothing.
 */
@ServerEndpoint(value = "/portal/inbox/live", configurator = CompanyChannel.SignInOfHandshake.class)
public class CompanyChannel {

    private static final String SIGNED_IN = "signedIn";
    private static final String HTTP_SESSION = "httpSession";
    private static final Logger LOG = Logger.getLogger(CompanyChannel.class.getName());

    @Inject
    CompanyChannels channels;

    @OnOpen
    public void open(Session socket) throws IOException {
        if (!(socket.getUserProperties().get(SIGNED_IN) instanceof SignedInStaff staff)) {
            socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        channels.open(socket, staff, (String) socket.getUserProperties().get(HTTP_SESSION));
    }

    @OnMessage(maxMessageSize = 64)
    public void message(Session socket, String text) throws IOException {
        socket.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "this channel only speaks"));
    }

    @OnClose
    public void close(Session socket) {
        channels.closed(socket);
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        LOG.fine(() -> "Channel " + socket.getId() + " failed: " + failure);
    }

    /** Keeps the sign-in of the handshake's session, and the session's id, with the socket (its own copy). */
    public static class SignInOfHandshake extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            if (request.getHttpSession() instanceof HttpSession session) {
                AnliegenAuthentication.signedInStaff(session).ifPresent(staff -> {
                    config.getUserProperties().put(SIGNED_IN, staff);
                    config.getUserProperties().put(HTTP_SESSION, session.getId());
                });
            }
        }
    }
}
