package de.anliegen.conversation.control;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.conversation.boundary.PushNotice;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.EventKind;
import de.anliegen.conversation.entity.OutboxEntry;
import de.anliegen.conversation.entity.Side;
import de.anliegen.conversation.entity.StreamPosition;
import de.anliegen.conversation.entity.StreamSocket;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.database.RowInserts;
import de.anliegen.platform.jobs.Leases;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One batch of the {@link Sequencer}, in a transaction of its own: renews the lease (and holds its row until the
 * commit), reads the oldest outbox entries in the order they were written, numbers their events densely per stream,
 * stores them with their JSON, moves the streams' positions and deletes the entries. All of it commits, or none.
 */
@Stateless
@PermitAll
// numbered on a thread without a caller: a company's events are rendered as its agents would read them
@RunAs(Roles.AGENT)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SequencerBatch {

    public static final String SKIPPED = "stream.entry-skipped";
    /** The lease the numbering node holds (ADR 12). */
    public static final String LEASE = "sequencer";

    private static final String COMPANY = Side.COMPANY.name().toLowerCase(Locale.ROOT);
    private static final Logger LOG = Logger.getLogger(SequencerBatch.class.getName());
    private static final List<String> EVENT_COLUMNS =
            List.of("stream_key", "seq", "kind", "conversation_id", "message_seq", "created_at", "json");

    @PersistenceContext
    EntityManager em;

    @Inject
    ConversationViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    /** Numbers up to {@code most} entries if this node holds (or can take) the lease for {@code lease}. */
    public Numbered number(String node, Duration lease, int most) {
        if (!holdLease(node, lease)) {
            return Numbered.FOLLOWER;
        }
        var entries = em.createNamedQuery(OutboxEntry.OLDEST, OutboxEntry.class)
                .setMaxResults(most)
                .getResultList();
        if (entries.isEmpty()) {
            return Numbered.IDLE;
        }
        var subjects = EventSubjects.of(em, views, entries);
        var positions = positions(entries, subjects);
        var numbering = new Numbering(positions.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue().lastSeq())));
        // the rows of the events, in the order of EVENT_COLUMNS
        var events = new ArrayList<Object[]>();
        var answered = new ArrayList<PushNotice>();
        for (var entry : entries) {
            var missing = subjects.missing(entry);
            if (missing.isPresent()) {
                skip(entry, missing.get());
                continue;
            }
            var conversation = subjects.conversation(entry).orElseThrow();
            for (var stream : streamsOf(entry, conversation, subjects)) {
                var seq = numbering.next(stream);
                var side = Streams.isConsumer(stream) ? Side.CONSUMER : Side.COMPANY;
                events.add(new Object[] {
                    stream,
                    seq,
                    entry.kind(),
                    entry.conversationId(),
                    entry.subject(),
                    entry.createdAt(),
                    subjects.json(entry, seq, side)
                });
            }
            if (EventKind.of(entry.kind()) == EventKind.MESSAGE
                    && subjects.message(entry).author().equals(COMPANY)) {
                var view = subjects.view(conversation, Side.CONSUMER);
                answered.add(new PushNotice(
                        conversation.consumerId(), view.company().name(), conversation.id(), view.subject()));
            }
        }
        // multi-row inserts: a batch of 500 entries is up to a thousand rows in ten statements
        RowInserts.into(em, "stream_event", EVENT_COLUMNS, events);
        numbering.moved().forEach((stream, seq) -> {
            if (numbering.isStored(stream)) {
                positions.get(stream).moveTo(seq);
            } else {
                em.persist(new StreamPosition(stream, seq));
            }
        });
        em.createNamedQuery(OutboxEntry.DELETE)
                .setParameter("ids", entries.stream().map(OutboxEntry::id).toList())
                .executeUpdate();
        return new Numbered(true, entries.size(), withoutOpenApp(answered));
    }

    /** Lets another node take over at once: this one stops. */
    public void release(String node) {
        leases.release(LEASE, node);
    }

    /**
     * Takes an entry out that keeps failing a batch on its own (the database refuses its event): logged and audited
     * like any skipped entry, so that one bad entry never holds up the streams.
     */
    public void skipOldest(String node, Duration lease, String why) {
        if (!holdLease(node, lease)) {
            return;
        }
        em.createNamedQuery(OutboxEntry.OLDEST, OutboxEntry.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(entry -> {
                    skip(entry, why);
                    em.remove(entry);
                });
    }

    /** Takes or renews the lease; its row stays locked until this transaction ends. */
    private boolean holdLease(String node, Duration lease) {
        return leases.hold(LEASE, node, lease);
    }

    private Map<String, StreamPosition> positions(List<OutboxEntry> entries, EventSubjects subjects) {
        var streams = new LinkedHashSet<String>();
        for (var entry : entries) {
            subjects.conversation(entry)
                    .ifPresent(conversation -> streams.addAll(streamsOf(entry, conversation, subjects)));
        }
        if (streams.isEmpty()) {
            return new HashMap<>();
        }
        return em.createNamedQuery(StreamPosition.OF_STREAMS, StreamPosition.class)
                .setParameter("streams", List.copyOf(streams))
                .getResultStream()
                .collect(Collectors.toMap(StreamPosition::streamKey, Function.identity()));
    }

    private static List<String> streamsOf(OutboxEntry entry, Conversation conversation, EventSubjects subjects) {
        return Numbering.streamsOf(
                entry.kind(),
                conversation.consumerId(),
                conversation.companyId(),
                subjects.view(conversation, Side.COMPANY).consumerRestricted());
    }

    /** The consumers of company answers who have no open app anywhere: they get a push notification. */
    private List<PushNotice> withoutOpenApp(List<PushNotice> answered) {
        if (answered.isEmpty()) {
            return List.of();
        }
        var open = new HashSet<>(em.createNamedQuery(StreamSocket.STREAMS_OPEN, String.class)
                .setParameter(
                        "streams",
                        answered.stream()
                                .map(notice -> Streams.ofConsumer(notice.consumerId()))
                                .distinct()
                                .toList())
                .setParameter(
                        "since",
                        clock.instant()
                                .minus(Duration.ofSeconds(settings.getInt(Setting.SOCKET_CHECK_SECONDS))
                                        .multipliedBy(3)))
                .getResultList());
        return answered.stream()
                .filter(notice -> !open.contains(Streams.ofConsumer(notice.consumerId())))
                .toList();
    }

    private void skip(OutboxEntry entry, String why) {
        LOG.warning("Skipped outbox entry " + entry.id() + " (" + entry.kind() + " of conversation "
                + entry.conversationId() + "): " + why);
        audit.record(new Audited(
                SKIPPED,
                Audited.ACCOUNTABILITY,
                null,
                "conversation:" + entry.conversationId(),
                null,
                "outbox entry " + entry.id() + " (" + entry.kind() + ") skipped: " + why));
    }

    /** What a batch did: whether this node holds the lease, the entries it took, the push notifications they made. */
    public record Numbered(boolean leader, int entries, List<PushNotice> pushes) {

        static final Numbered FOLLOWER = new Numbered(false, 0, List.of());
        static final Numbered IDLE = new Numbered(true, 0, List.of());
    }
}
