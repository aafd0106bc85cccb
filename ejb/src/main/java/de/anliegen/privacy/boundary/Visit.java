package de.anliegen.privacy.boundary;

import java.time.Instant;

/**
 * One request of a signed-in person, as the web layer saw it: the principal (a consumer's or a staff member's), the
 * remote address and User-Agent header, method, path (never the query, which may hold tokens or search words), status,
 * and the conversation the request concerned, if any.
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
        Long conversationId) {}
