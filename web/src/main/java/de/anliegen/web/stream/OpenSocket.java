package de.anliegen.web.stream;

import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open socket: whose it is and the token it was opened with (checked again every minute), which stream it
 * hears, the last event number it was sent, events held back until the ones before them came, its sends not yet
 * written, and its recent frames.
 */
final class OpenSocket {

    final Session session;
    final String principal;
    final boolean consumer;
    final String accessToken;
    final String streamKey;
    final long rowId;
    final AtomicInteger pending = new AtomicInteger();
    /** Events that came before one with a lower number: held until it comes (or is read from the database). */
    final TreeMap<Long, String> held = new TreeMap<>();

    boolean gapCheckScheduled;
    long lastSent;
    private final Deque<Long> frameTimes = new ArrayDeque<>();

    OpenSocket(Session session, String principal, boolean consumer, String accessToken, String streamKey, long rowId) {
        this.session = session;
        this.principal = principal;
        this.consumer = consumer;
        this.accessToken = accessToken;
        this.streamKey = streamKey;
        this.rowId = rowId;
    }

    /** Counts a frame from the client; false when there were more than {@code most} within {@code windowMillis}. */
    boolean allowFrame(long nowMillis, int most, long windowMillis) {
        while (!frameTimes.isEmpty() && frameTimes.peekFirst() <= nowMillis - windowMillis) {
            frameTimes.pollFirst();
        }
        frameTimes.addLast(nowMillis);
        return frameTimes.size() <= most;
    }
}
