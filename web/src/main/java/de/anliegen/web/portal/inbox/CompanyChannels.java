package de.anliegen.web.portal.inbox;

import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.web.security.AnliegenAuthentication.SignedInStaff;
import de.anliegen.web.stream.Sockets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The inbox pages' channels open on this node, by company and by the HTTP session that opened them. A session that
 * ends (signed out, timed out, or invalidated because its sign-in ended: a deactivation, a new password, a suspended
 * company) closes its channels with 1008, and the page then shows the sign-in. Whoever has a channel open is in the
 * portal: said once a minute ({@code StaffAccounts.inThePortal}), for the mails sent while no one is in.
 */
@ApplicationScoped
public class CompanyChannels {

    /** Sends a slow page has not read yet; beyond them its channel closes and the page opens it again. */
    static final int MOST_PENDING = 64;

    private static final Logger LOG = Logger.getLogger(CompanyChannels.class.getName());

    private final Map<Long, Set<Channel>> byCompany = new ConcurrentHashMap<>();
    private final Map<String, Set<Channel>> bySession = new ConcurrentHashMap<>();
    private final Map<String, Channel> bySocket = new ConcurrentHashMap<>();

    @Inject
    StaffAccounts staffAccounts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> presence;

    @PostConstruct
    void startPresence() {
        presence = scheduler.scheduleWithFixedDelay(this::present, 1, 1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stopPresence() {
        presence.cancel(false);
    }

    void open(Session socket, SignedInStaff staff, String httpSession) {
        var signedIn = staffAccounts.hereWhileSignedIn(staff.name(), staff.signedInAt());
        var companyId = signedIn.map(s -> s.account().companyId()).orElse(null);
        if (companyId == null) {
            Sockets.close(socket, CloseCodes.VIOLATED_POLICY, "sign in again");
            return;
        }
        socket.setMaxIdleTimeout(0);
        var channel = new Channel(socket, companyId, staff.name(), httpSession);
        bySocket.put(socket.getId(), channel);
        byCompany
                .computeIfAbsent(companyId, id -> ConcurrentHashMap.newKeySet())
                .add(channel);
        bySession
                .computeIfAbsent(httpSession, id -> ConcurrentHashMap.newKeySet())
                .add(channel);
        if (!socket.isOpen()) {
            closed(socket);
        }
    }

    void closed(Session socket) {
        var channel = bySocket.remove(socket.getId());
        if (channel != null) {
            forget(byCompany, channel.companyId, channel);
            forget(bySession, channel.httpSession, channel);
        }
    }

    /** Tells every page of the company on this node. */
    void send(long companyId, String json) {
        for (var channel : byCompany.getOrDefault(companyId, Set.of())) {
            if (!channel.socket.isOpen()) {
                continue;
            }
            if (channel.pending.incrementAndGet() > MOST_PENDING) {
                Sockets.close(channel.socket, CloseCodes.TRY_AGAIN_LATER, "too slow to read");
                continue;
            }
            channel.socket.getAsyncRemote().sendText(json, result -> channel.pending.decrementAndGet());
        }
    }

    /** The staff with an inbox page open on this node are in the portal. */
    void present() {
        var staff = bySocket.values().stream().map(Channel::staff).collect(Collectors.toSet());
        try {
            staffAccounts.inThePortal(staff);
        } catch (RuntimeException e) {
            LOG.warning("Could not note who is in the portal, trying again in a minute: " + e);
        }
    }

    /** The HTTP session ended: its pages' channels close, and the pages show the sign-in. */
    void sessionEnded(String httpSession) {
        for (var channel : List.copyOf(bySession.getOrDefault(httpSession, Set.of()))) {
            Sockets.close(channel.socket, CloseCodes.VIOLATED_POLICY, "signed out");
        }
    }

    /** A session's id changed (a sign-in): its channels belong to the new id. */
    void renamed(String oldId, String newId) {
        var channels = bySession.remove(oldId);
        if (channels != null) {
            bySession.merge(newId, channels, (kept, moved) -> {
                kept.addAll(moved);
                return kept;
            });
        }
    }

    private static <K> void forget(Map<K, Set<Channel>> index, K key, Channel channel) {
        index.computeIfPresent(key, (k, channels) -> {
            channels.remove(channel);
            return channels.isEmpty() ? null : channels;
        });
    }

    private record Channel(Session socket, long companyId, String staff, String httpSession, AtomicInteger pending) {

        Channel(Session socket, long companyId, String staff, String httpSession) {
            this(socket, companyId, staff, httpSession, new AtomicInteger());
        }
    }
}
