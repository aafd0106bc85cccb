package de.anliegen.web.stream;

import de.anliegen.conversation.boundary.SocketId;
import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open socket: whose it is and the token it holds (the one it was opened with, or a newer one the client sent;
 * checked again every minute), which stream it hears, the last event number it was sent, events held while it reads
 * what it missed from the database, its sends not yet written, and its recent frames. Its fields are guarded by its
 * monitor, which is never held while the database is asked.
 */
final class OpenSocket {

    final Session session;
    final String principal;
    final boolean consumer;
    volatile String accessToken;
    final String streamKey;
    final SocketId id;
    final AtomicInteger pending = new AtomicInteger();
    /** Events that came while the socket reads what it missed from the database: sent after that, in order. */
    final TreeMap<Long, String> held = new TreeMap<>();

    /** Reading what it missed from the database; events that come meanwhile are held. */
    boolean catchingUp;

    long lastSent;
    private final Deque<Long> frameTimes = new ArrayDeque<>();

    /** When the client was last heard: its socket's opening, or its latest frame (the clock of allowFrame). */
    private volatile long lastHeardMillis = System.nanoTime() / 1_000_000;

    OpenSocket(Session session, String principal, boolean consumer, String accessToken, String streamKey, SocketId id) {
        this.session = session;
        this.principal = principal;
        this.consumer = consumer;
        this.accessToken = accessToken;
        this.streamKey = streamKey;
        this.id = id;
    }

    /** Counts a frame from the client; false when there were more than {@code most} within {@code windowMillis}. */
    boolean allowFrame(long nowMillis, int most, long windowMillis) {
        lastHeardMillis = nowMillis;
        while (!frameTimes.isEmpty() && frameTimes.peekFirst() <= nowMillis - windowMillis) {
            frameTimes.pollFirst();
        }
        frameTimes.addLast(nowMillis);
        return frameTimes.size() <= most;
    }

    /**
     * Whether the client has sent nothing for longer than {@code mostMillis}: taken for dead. The container's idle
     * timeout cannot tell, as every event the server sends counts as activity for it.
     */
    boolean silentLongerThan(long nowMillis, long mostMillis) {
        return nowMillis - lastHeardMillis > mostMillis;
    }
}
