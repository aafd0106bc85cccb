package de.anliegen.web.security;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * A WebSocket handshake from a page of another web origin is refused (403) on both sockets, the app's stream and the
 * inbox pages' live channel: a page elsewhere must not open a socket with the cookies or the token of someone who
 * visits it. A handshake without an {@code Origin} header, as native apps make it, goes on to the stream's own sign-in by token;
 * browsers always send one.
 */
@WebFilter(
        urlPatterns = {"/api/v1/stream", "/portal/inbox/live"},
        asyncSupported = true)
public class SocketOrigins extends HttpFilter {

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var origin = request.getHeader("Origin");
        if (origin != null
                && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                && !isOwn(origin, settings.get(Setting.PUBLIC_URL), ownOrigin(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a handshake's {@code Origin} is this site: its public address, or the address it was reached at. */
    static boolean isOwn(String origin, String publicUrl, String reachedAt) {
        var normal = origin.strip().toLowerCase(Locale.ROOT);
        return normal.equals(originOf(publicUrl)) || normal.equals(reachedAt.toLowerCase(Locale.ROOT));
    }

    /** {@code scheme://host[:port]} of an address, the port left out where it is the scheme's own. */
    static String originOf(String url) {
        var uri = URI.create(url);
        var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        var port = uri.getPort();
        var defaultPort = scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (port < 0 || port == defaultPort ? "" : ":" + port);
    }

    private static String ownOrigin(HttpServletRequest request) {
        var host = request.getHeader("Host");
        return originOf(request.getScheme() + "://" + (host == null ? request.getServerName() : host));
    }
}
