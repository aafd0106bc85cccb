package de.anliegen.privacy.boundary;

import de.anliegen.platform.texts.Texts;
import java.time.Instant;

/**
 * One request of a signed-in person, as the web layer saw it: the principal (a consumer's or a staff member's), the
 * remote address and User-Agent header, method, path (never the query, which may hold tokens or search words), status,
 * and the conversation the request concerned, if any. Method and path are cut to what the usage log keeps: any client
 * may send a method of its own invention, and one too long for its column would fail the batch it is stored with.
 */
public record Visit(
        Instant at,
        String principal,
        boolean consumer,
        String ip,
        String userAgent,
        String method,
        String endpoint,
        int status,
        Long conversationId) {

    /** The longest method and path the usage log keeps (its columns). */
    public static final int MOST_METHOD = 10;

    public static final int MOST_ENDPOINT = 200;

    public Visit {
        method = Texts.cut(method, MOST_METHOD);
        endpoint = Texts.cut(endpoint, MOST_ENDPOINT);
    }
}
