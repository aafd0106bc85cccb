package de.anliegen.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The access token of an API request: {@code Authorization: Bearer <token>}. */
public final class Bearer {

    /** The subprotocol of the stream, which the server chooses when a browser offers its token as another one. */
    public static final String STREAM_PROTOCOL = "anliegen";

    public static final String PROTOCOL_HEADER = "Sec-WebSocket-Protocol";
    private static final String TOKEN_PROTOCOL = "bearer.";
    private static final String PREFIX = "Bearer ";
    private static final String INVALID = Bearer.class.getName() + ".invalid";

    private Bearer() {}

    public static Optional<String> token(HttpServletRequest request) {
        return ofHeader(request.getHeader("Authorization"));
    }

    /** The token of an {@code Authorization} header's value, if it is a bearer token. */
    public static Optional<String> ofHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        var token = header.substring(PREFIX.length()).strip();
        return token.isEmpty() || token.length() > 200 ? Optional.empty() : Optional.of(token);
    }

    /**
     * The token a browser's socket handshake carries as a subprotocol ({@code Sec-WebSocket-Protocol: anliegen,
     * bearer.<token>}): browsers cannot set headers on sockets, and a token in the address would be kept in logs. The
     * server answers with the protocol {@link #STREAM_PROTOCOL}, never with the token.
     */
    public static Optional<String> ofProtocols(List<String> headerValues) {
        return headerValues.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(protocol -> protocol.startsWith(TOKEN_PROTOCOL))
                .map(protocol -> protocol.substring(TOKEN_PROTOCOL.length()))
                .filter(token -> !token.isEmpty() && token.length() <= 200)
                .findFirst();
    }

    /** {@link #ofProtocols} of a handshake request. */
    public static Optional<String> protocolToken(HttpServletRequest request) {
        return ofProtocols(Collections.list(request.getHeaders(PROTOCOL_HEADER)));
    }

    /** The request came with a token that is not valid (any more); it goes on anonymously. */
    public static void markInvalid(HttpServletRequest request) {
        request.setAttribute(INVALID, Boolean.TRUE);
    }

    /** 401 for a request without a valid access token, with the challenge RFC 6750 asks for. */
    public static Response challenge(HttpServletRequest request) {
        var invalid = request.getAttribute(INVALID) != null;
        var problem = invalid
                ? ProblemDetails.of(
                        "invalid-token",
                        Response.Status.UNAUTHORIZED,
                        "The access token is not valid (any more): refresh it or sign in again.")
                : ProblemDetails.of(Response.Status.UNAUTHORIZED, "Sign in first: send a valid access token.");
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, invalid ? "Bearer error=\"invalid_token\"" : "Bearer")
                .build();
    }
}
