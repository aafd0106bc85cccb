package de.anliegen.conversation.boundary;

import de.anliegen.conversation.control.ConversationAccess;
import de.anliegen.conversation.control.EventLog;
import de.anliegen.conversation.control.Participant;
import de.anliegen.conversation.control.Typing;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.StreamNode;
import de.anliegen.conversation.entity.StreamSocket;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffSessions;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sockets of the app and of agents' clients: which stream a signed-in caller listens to, the events they missed,
 * and which streams have open sockets (on any node). The socket endpoint authenticates the caller at the handshake and
 * passes the principal it got; nothing here is reachable from outside the server.
 */
@Stateless
@PermitAll
// sockets are served on threads without a caller (the topic's listener, the socket's own): what a company's socket is
// sent is read as its agents would read it
@RunAs(Roles.AGENT)
public class StreamSubscriptions {

    /** Events sent per query when a socket catches up. */
    public static final int REPLAY_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    ConsumerSessions consumerSessions;

    @Inject
    StaffSessions staffSessions;

    @Inject
    EventLog events;

    @Inject
    ConversationAccess access;

    @Inject
    Event<Recorded> recorded;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** The stream of a principal: the consumer's own, or the company's of an active agent; empty for anyone else. */
    public Optional<String> streamOf(String principalName, boolean consumer) {
        return ConversationAccess.of(principalName, consumer, staffAccounts).map(Participant::streamKey);
    }

    /**
     * A socket's caller is typing in a conversation of theirs; nothing happens for anyone else's, nor for a consumer
     * whose data is restricted.
     */
    public void typing(String principalName, boolean consumer, ConversationId conversationId) {
        var participant = ConversationAccess.of(principalName, consumer, staffAccounts);
        var conversation = participant.map(p -> em.find(Conversation.class, conversationId.value()));
        if (conversation.isPresent()
                && conversation.get() != null
                && participant.get().sees(conversation.get())
                && !access.isRestrictedConsumer(participant.get())) {
            recorded.fire(Typing.of(participant.get(), conversation.get()));
        }
    }

    /** The number of the stream's latest event: a socket that asks for nothing older starts after it. */
    public long position(String streamKey) {
        return events.lastSeq(em, streamKey);
    }

    /** The number of the oldest event the stream still keeps: a cursor before it missed events that are gone. */
    public long oldestKept(String streamKey) {
        return events.oldestKept(em, streamKey);
    }

    /** The events after {@code after}, a page at a time, as they were sent. */
    public List<StreamMessage> after(String streamKey, long after) {
        return events.after(em, streamKey, after, REPLAY_PAGE);
    }

    public SocketId opened(String streamKey, String node) {
        var socket = new StreamSocket(streamKey, node, clock.instant());
        em.persist(socket);
        em.flush();
        return new SocketId(socket.id());
    }

    /**
     * Whether the token a socket was opened with still signs in the same caller: not expired, not signed out, the
     * staff account still active with a role for the API. A socket whose caller is not is closed.
     */
    public boolean stillSignedIn(String accessToken, String principalName, boolean consumer) {
        return !stillSignedIn(List.of(new SocketCaller(accessToken, principalName, consumer)))
                .isEmpty();
    }

    /** Of these sockets' callers, those still signed in (as above): one query per kind of caller and 500 sockets. */
    public Set<SocketCaller> stillSignedIn(Collection<SocketCaller> callers) {
        var consumers = consumerSessions.authenticateAll(callers.stream()
                .filter(SocketCaller::consumer)
                .map(SocketCaller::accessToken)
                .toList());
        var staff = staffSessions.authenticateAll(callers.stream()
                .filter(caller -> !caller.consumer())
                .map(SocketCaller::accessToken)
                .toList());
        return callers.stream()
                .filter(caller -> caller.consumer()
                        ? Optional.ofNullable(consumers.get(caller.accessToken()))
                                .map(ConsumerId::principalName)
                                .filter(caller.principalName()::equals)
                                .isPresent()
                        : Optional.ofNullable(staff.get(caller.accessToken()))
                                .filter(account -> !account.roles().isEmpty() && account.companyId() != null)
                                .filter(account -> account.email().equals(caller.principalName()))
                                .isPresent())
                .collect(Collectors.toSet());
    }

    /** Who a socket was opened by, with the token it holds now. */
    public record SocketCaller(String accessToken, String principalName, boolean consumer) {}

    /** How often each node marks its open sockets seen and checks that their callers are still signed in. */
    public Duration checkInterval() {
        return Duration.ofSeconds(settings.getInt(Setting.SOCKET_CHECK_SECONDS));
    }

    /** This node is alive, and so are its open sockets: one row a node, whatever the number of sockets. */
    public void alive(String node) {
        var found = em.find(StreamNode.class, node);
        if (found == null) {
            em.persist(new StreamNode(node, clock.instant()));
        } else {
            found.seen(clock.instant());
        }
    }

    public void closed(SocketId id) {
        var socket = em.find(StreamSocket.class, id.value());
        if (socket != null) {
            em.remove(socket);
        }
    }

    /** A node starting forgets the sockets it had before it stopped, and says it is alive. */
    public void forgetNode(String node) {
        em.createNamedQuery(StreamSocket.DELETE_OF_NODE)
                .setParameter("node", node)
                .executeUpdate();
        alive(node);
    }
}
