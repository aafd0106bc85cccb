package de.anliegen.conversation.boundary;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.control.ConversationAccess;
import de.anliegen.conversation.control.ConversationViews;
import de.anliegen.conversation.control.EventLog;
import de.anliegen.conversation.control.InboxCursor;
import de.anliegen.conversation.control.InboxQuery;
import de.anliegen.conversation.control.InboxSearch;
import de.anliegen.conversation.control.Participant;
import de.anliegen.conversation.control.RequestTags;
import de.anliegen.conversation.control.Tags;
import de.anliegen.conversation.control.Typing;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.EventKind;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Priority;
import de.anliegen.conversation.entity.Side;
import de.anliegen.conversation.entity.Status;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.database.MariaDb;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.texts.Texts;
import de.anliegen.privacy.boundary.Consents;
import de.anliegen.privacy.boundary.Purpose;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Service requests: consumers open, read, mark and close their own; agents see and work on those sent to their
 * company. Every change becomes an event for both sides once the transaction commits.
 */
@Stateless
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
public class Conversations {

    public static final int MOST_PER_PAGE = 100;
    public static final int MOST_SUBJECT_CHARACTERS = Conversation.MOST_SUBJECT_CHARACTERS;
    public static final int MOST_COMMENT_CHARACTERS = Conversation.MOST_COMMENT_CHARACTERS;

    /** A count stops here: the inbox says "1,000+" rather than read every row to say how many more. */
    public static final int MOST_COUNTED = InboxQuery.MOST_COUNTED;

    /** The most rows a page skips by {@code offset}: deeper pages continue from a cursor. */
    public static final int MOST_SKIPPED = InboxQuery.MOST_COUNTED;

    /** How many of the consumer's other requests the customer panel lists, the latest activity first. */
    public static final int OTHERS_SHOWN = 10;

    /** The unread count stops here: the portal says "99+". */
    public static final int MOST_UNREAD_COUNTED = 99;

    /** The most tags {@link #tags} names. */
    public static final int MOST_TAGS_OFFERED = RequestTags.MOST_OFFERED;

    /** The most tags a request has. */
    public static final int MOST_TAGS = Tags.MOST_PER_REQUEST;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConversationAccess access;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Connections connections;

    @Inject
    Companies companies;

    @Inject
    ConsumerContacts contacts;

    @Inject
    Consents consents;

    @Inject
    ConversationViews views;

    @Inject
    InboxSearch inboxSearch;

    @Inject
    EventLog events;

    @Inject
    RequestTags tags;

    @Inject
    Event<Recorded> recorded;

    @Inject
    Clock clock;

    /**
     * Opens a request to a connected company with its first message. The same {@code requestId} again answers the
     * conversation opened the first time, also when two attempts race: they queue on the consumer's row.
     */
    @RolesAllowed(Roles.CONSUMER)
    public Opened open(OpenConversation command) {
        var me = access.me();
        access.requireUnrestricted(me);
        var requestId = Texts.clientId(command.requestId(), "requestId");
        var subject = Texts.text(command.subject(), Conversation.MOST_SUBJECT_CHARACTERS, "subject", false)
                .strip();
        var text = Texts.text(command.text(), Messages.MOST_CHARACTERS, "text", false);
        if (command.company() == null || command.company().isBlank()) {
            throw new Invalid("invalid", "company", "Name the company by its handle.");
        }
        var consumer = new ConsumerId(me.consumerId());
        // a retry answers what the first attempt opened, whatever changed since
        var opened = earlier(consumer, requestId, LockModeType.NONE);
        if (opened.isPresent()) {
            return reopened(opened.get(), command.company(), subject, text);
        }
        if (!contacts.hasMobileNumber(consumer)) {
            throw new Conflict(
                    "mobile-number-required",
                    "Add and confirm your mobile number first (PUT /api/v1/me/mobile-number): companies reach you by it.");
        }
        var company = connections.connectedCompany(consumer, command.company());
        var now = clock.instant();
        contacts.holdForChange(consumer);
        var earlier = earlier(consumer, requestId, LockModeType.NONE);
        if (earlier.isPresent()) {
            return reopened(earlier.get(), command.company(), subject, text);
        }
        var due = companies.firstResponseDue(new CompanyId(company.id()), now).orElse(null);
        var conversation = new Conversation(consumer.value(), company.id(), requestId, subject, due, now);
        em.persist(conversation);
        var message = conversation.append(Side.CONSUMER, null, null, requestId, text, now);
        em.persist(message);
        em.flush();
        events.message(em, conversation, message.seq(), now);
        return new Opened(views.of(conversation, Side.CONSUMER), true);
    }

    /**
     * The caller's conversations, newest activity first. Agents choose a queue ({@code all}, {@code unassigned},
     * {@code mine}), may filter by status and search the consumer's name or number, the subject and the messages'
     * text; consumers always see all of theirs. A page continues where the one before ended ({@code after}, its
     * {@code next}), so that the thousandth page costs what the first does; {@code offset} skips at most
     * {@value #MOST_SKIPPED} rows. The total is counted up to {@value #MOST_COUNTED}.
     */
    public ConversationPage list(InboxFilter filter, String after, int offset, int limit) {
        if (offset < 0 || offset > MOST_SKIPPED) {
            throw new Invalid(
                    "invalid", "offset", "The offset is between 0 and " + MOST_SKIPPED + ": page further with after.");
        }
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new Invalid("invalid", "limit", "The limit is between 1 and " + MOST_PER_PAGE + ".");
        }
        var me = access.me();
        if (me.side() == Side.CONSUMER) {
            requireNoStaffFilter(filter);
        }
        var list = me.side() == Side.CONSUMER ? InboxQuery.ofConsumer(me.consumerId()) : inbox(me, filter);
        var cursor = InboxCursor.decode(after, list.filter());
        if (cursor != null && offset > 0) {
            throw new Invalid("invalid", "offset", "Page either by after or by offset, not both.");
        }
        // one more row than asked tells whether a next page exists
        var mariaDb = MariaDb.isUsedBy(em.getEntityManagerFactory());
        var rows = cursor != null || offset == 0
                ? list.page(em, mariaDb, cursor, limit + 1)
                : list.page(em, mariaDb, offset, limit + 1);
        var page = rows.subList(0, Math.min(limit, rows.size()));
        var next = rows.size() > limit ? list.after(page.get(page.size() - 1)).encode(list.filter()) : null;
        var counted = list.countUpTo(em, mariaDb, MOST_COUNTED + 1);
        return new ConversationPage(
                views.of(page, me.side()),
                Math.min(counted, MOST_COUNTED),
                counted > MOST_COUNTED,
                next,
                offset,
                limit,
                list.searchedOnlyNewest() == 0 ? null : list.searchedOnlyNewest());
    }

    /**
     * Those of the given conversations that the caller's inbox lists with this queue, status and search, as it would
     * list them (in no order): so that a page already shown can update its rows without reading the page again.
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public List<ConversationView> among(InboxFilter filter, Collection<ConversationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MOST_PER_PAGE) {
            throw new Invalid("invalid", "ids", "At most " + MOST_PER_PAGE + " conversations at once.");
        }
        var among = ids.stream().map(ConversationId::value).toList();
        return views.of(inbox(access.me(), filter).among(em, among), Side.COMPANY);
    }

    private InboxQuery inbox(Participant me, InboxFilter filter) {
        var chosen = filter.queue() == null ? QUEUES.get(0) : filter.queue().toLowerCase(Locale.ROOT);
        if (!QUEUES.contains(chosen)) {
            throw new Invalid("invalid", "queue", "The queue is one of " + QUEUES + ".");
        }
        return InboxQuery.ofCompany(
                me.companyId(),
                me.agentId(),
                chosen,
                filter.status() == null ? null : status(filter.status(), ConversationView.STATUSES),
                filter.priority() == null ? null : priority(filter.priority(), "priority"),
                filter.tag() == null ? null : Tags.tag(filter.tag(), "tag"),
                filter.search() == null
                        ? null
                        : inboxSearch.find(me.company(), filter.search().strip()),
                order(filter.order()));
    }

    /** A consumer's list has no queues, filters, order or search: one sent would be ignored, so it is refused. */
    private static void requireNoStaffFilter(InboxFilter filter) {
        var chosen = new LinkedHashMap<String, String>();
        chosen.put("queue", filter.queue());
        chosen.put("status", filter.status());
        chosen.put("priority", filter.priority());
        chosen.put("tag", filter.tag());
        chosen.put("order", filter.order());
        chosen.put("q", filter.search());
        chosen.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .findFirst()
                .ifPresent(entry -> {
                    throw new Invalid(
                            "invalid",
                            entry.getKey(),
                            "A consumer's list has every request of theirs, newest first: no " + entry.getKey() + ".");
                });
    }

    /**
     * How many of the company's requests wait with messages no one of the company has read (a consumer's message opens
     * a request again, so only open ones can), for the portal's navigation and the tab's title. Requests whose consumer
     * disconnected or is restricted do not count: no one can read them.
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public UnreadCount unread() {
        var company = access.me().company();
        var consumers = em.createNamedQuery(Conversation.UNREAD_OF_COMPANY, Long.class)
                .setParameter("company", company.value())
                // enough to fill the count after the unreadable ones are left out, and no more
                .setMaxResults(4 * (MOST_UNREAD_COUNTED + 1))
                .getResultStream()
                .map(ConsumerId::new)
                .toList();
        var readable = connections.connectedWith(company, Set.copyOf(consumers));
        var unrestricted = contacts.unrestricted(readable).keySet();
        var count = (int) consumers.stream().filter(unrestricted::contains).count();
        return new UnreadCount(Math.min(count, MOST_UNREAD_COUNTED), count > MOST_UNREAD_COUNTED);
    }

    /**
     * The customer panel beside a request: since when the consumer is connected with the company, their consent to
     * its answering, their other requests to the company. Empty while the consumer is not connected (the thread then
     * names no one); a request whose consumer's data is restricted is refused, one not the company's not found.
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public Optional<CustomerPanel> customer(ConversationId id) {
        var me = access.me();
        var conversation = access.require(me, id.value());
        var consumer = new ConsumerId(conversation.consumerId());
        var since = connections.connectedSince(consumer, me.company());
        if (since.isEmpty()) {
            return Optional.empty();
        }
        var others = em.createNamedQuery(Conversation.OTHERS_WITH_COMPANY, Conversation.class)
                .setParameter("consumer", consumer.value())
                .setParameter("company", me.companyId())
                .setParameter("id", conversation.id())
                .setMaxResults(OTHERS_SHOWN)
                .getResultStream()
                .map(OtherRequest::of)
                .toList();
        // fewer than a full list are all of them: only a full one needs counting
        var count = others.size() < OTHERS_SHOWN
                ? others.size()
                : em.createNamedQuery(Conversation.COUNT_OTHERS_WITH_COMPANY, Long.class)
                        .setParameter("consumer", consumer.value())
                        .setParameter("company", me.companyId())
                        .setParameter("id", conversation.id())
                        .getSingleResult();
        return Optional.of(
                new CustomerPanel(since.get(), consents.of(consumer, Purpose.SERVICE_REQUESTS), others, count));
    }

    /** The tags the company's requests have, to filter the inbox by (the first {@value #MOST_TAGS_OFFERED}). */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public List<String> tags() {
        return tags.ofCompany(access.me().companyId());
    }

    /**
     * An agent labels the request: its priority ({@code low}, {@code normal}, {@code high}, {@code urgent}; null
     * keeps it) and its tags (exactly those named; null keeps them). The consumer never sees either; the company's
     * stream hears of the change.
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public ConversationView label(ConversationId id, String priority, List<String> tags) {
        var me = access.me();
        var next = priority == null ? null : priority(priority, "priority");
        var kept = tags == null ? null : Tags.of(tags, "tags");
        var conversation = access.requireForUpdate(me, id.value());
        var changed = next != null && conversation.prioritize(next);
        changed |= kept != null && this.tags.replace(conversation, kept);
        if (changed) {
            events.labels(em, conversation, clock.instant());
        }
        return views.of(conversation, Side.COMPANY);
    }

    /**
     * One tag added to the request or taken off it, as the request's tags stand when it is locked: a colleague's tag
     * set meanwhile stays (a whole list sent by a page that had not heard of it yet would take it off again).
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public ConversationView retag(ConversationId id, String added, String removed) {
        var me = access.me();
        var conversation = access.requireForUpdate(me, id.value());
        var changed = added != null && tags.add(conversation, Tags.tag(added, "tags"), "tags");
        changed |= removed != null && tags.remove(conversation, Tags.tag(removed, "tags"));
        if (changed) {
            events.labels(em, conversation, clock.instant());
        }
        return views.of(conversation, Side.COMPANY);
    }

    /**
     * One change to several of the company's requests, all or none: the first that cannot take it (not found,
     * restricted, closed, a tag too many) refuses the whole change, naming it. Requests are locked in the order of
     * their ids, as a batch of sends locks them.
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public List<ConversationView> changeAll(BulkChange change) {
        var ids = change.ids() == null
                ? List.<Long>of()
                : change.ids().stream().distinct().sorted().toList();
        if (ids.isEmpty() || ids.size() > MOST_PER_PAGE || ids.contains(null)) {
            throw new Invalid("invalid", "ids", "Name 1 to " + MOST_PER_PAGE + " requests by their ids.");
        }
        var assign = Boolean.TRUE.equals(change.assign());
        if (change.status() == null && !assign && change.addTag() == null) {
            throw new Invalid("invalid", "status", "Say what to change: status, assign (with agentId) or addTag.");
        }
        var next = change.status() == null ? null : status(change.status(), STATUSES_AN_AGENT_SETS);
        var tag = change.addTag() == null ? null : Tags.tag(change.addTag(), "addTag");
        if (assign
                && change.agentId() != null
                && staffAccounts.colleague(new StaffAccountId(change.agentId())).isEmpty()) {
            throw new Invalid(
                    "invalid", "agentId", "There is no active colleague " + change.agentId() + " in your company.");
        }
        var me = access.me();
        var now = clock.instant();
        var changed = new ArrayList<Conversation>();
        for (var id : ids) {
            var conversation = access.requireForUpdate(me, id);
            if (next != null && conversation.status() == Status.CLOSED) {
                throw new Conflict("conversation-closed", "Request " + id + " is closed: its status stays.");
            }
            var moved = next != null && conversation.changeStatus(next, now);
            moved |= assign && conversation.assign(change.agentId(), now);
            if (moved) {
                events.status(em, conversation, now);
            }
            if (tag != null && tags.add(conversation, tag, "addTag")) {
                events.labels(em, conversation, now);
            }
            changed.add(conversation);
        }
        return views.of(changed, Side.COMPANY);
    }

    public ConversationView get(ConversationId id) {
        var me = access.me();
        return views.of(access.read(me, id.value()), me.side());
    }

    /**
     * The request as the company's inbox lists it (subject, status, times; no consumer, no messages), also while the
     * data protection officer restricts the consumer's data, when {@link #get} refuses: so that an agent who opens it
     * learns why it cannot be worked on.
     */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public ConversationView listed(ConversationId id) {
        return views.of(access.requireListed(access.me(), id.value()), Side.COMPANY);
    }

    /**
     * The orders of an agent's inbox: newest activity first, or (only the requests awaiting a first response the
     * company promised) the one due soonest first.
     */
    public static final List<String> ORDERS = List.of(InboxQuery.BY_ACTIVITY, InboxQuery.BY_DUE);

    /** The queues of an agent's inbox: every request of the company, those assigned to no one, their own. */
    public static final List<String> QUEUES = List.of("all", "unassigned", "mine");

    /** The statuses an agent sets: every one but closed, which only the consumer sets. */
    public static final List<String> STATUSES_AN_AGENT_SETS = ConversationView.STATUSES.stream()
            .filter(status -> !status.equals(ConversationView.CLOSED))
            .toList();

    /** An agent sets where the request stands: open, waiting_for_consumer or resolved. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public ConversationView changeStatus(ConversationId id, String status) {
        var me = access.me();
        var next = status(status, STATUSES_AN_AGENT_SETS);
        var conversation = access.requireForUpdate(me, id.value());
        if (conversation.changeStatus(next, clock.instant())) {
            changed(conversation);
        }
        return views.of(conversation, Side.COMPANY);
    }

    /** An agent assigns the request to a colleague, to themselves, or to no one ({@code null}). */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public ConversationView assign(ConversationId id, StaffAccountId agent) {
        var me = access.me();
        var conversation = access.requireForUpdate(me, id.value());
        if (agent != null && staffAccounts.colleague(agent).isEmpty()) {
            throw new Invalid(
                    "invalid", "agentId", "There is no active colleague " + agent.value() + " in your company.");
        }
        if (conversation.assign(agent == null ? null : agent.value(), clock.instant())) {
            changed(conversation);
        }
        return views.of(conversation, Side.COMPANY);
    }

    /** The consumer closes the request, with a rating (1 to 5) and comment if the company resolved it. */
    @RolesAllowed(Roles.CONSUMER)
    public ConversationView close(ConversationId id, Integer rating, String comment) {
        var me = access.me();
        access.requireUnrestricted(me);
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new Invalid("invalid", "rating", "A rating is from 1 to 5.");
        }
        var cleanComment = comment == null
                ? null
                : Texts.text(comment, Conversation.MOST_COMMENT_CHARACTERS, "comment", false)
                        .strip();
        var conversation = access.requireForUpdate(me, id.value());
        conversation.close(rating == null ? null : rating.shortValue(), cleanComment, clock.instant());
        changed(conversation);
        return views.of(conversation, Side.CONSUMER);
    }

    /** The caller's side has read the messages up to this number (and so received them). */
    public ConversationView markRead(ConversationId id, long upTo) {
        return mark(id, upTo, EventKind.READ);
    }

    /** The caller's side has received the messages up to this number (their app got them). */
    public ConversationView markDelivered(ConversationId id, long upTo) {
        return mark(id, upTo, EventKind.DELIVERED);
    }

    /**
     * The caller is typing in the conversation: the other side hears it now; nothing is kept. A consumer whose data is
     * restricted is refused, as their messages are.
     */
    public void typing(ConversationId id) {
        var me = access.me();
        var conversation = access.require(me, id.value());
        access.requireUnrestricted(me);
        recorded.fire(Typing.of(me, conversation));
    }

    private Optional<Conversation> earlier(ConsumerId consumer, String requestId, LockModeType lock) {
        return em.createNamedQuery(Conversation.BY_CLIENT_REQUEST, Conversation.class)
                .setParameter("consumer", consumer.value())
                .setParameter("clientRequestId", requestId)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /**
     * The request opened earlier under the same id, if this is a retry of it: to the same company, with the same
     * subject and first message (unless that message has been erased since).
     */
    private Opened reopened(Conversation earlier, String company, String subject, String text) {
        var view = views.of(earlier, Side.CONSUMER);
        if (!view.company().handle().equals(company)) {
            throw new Conflict("request-id-reused", "This requestId was used for a request to another company.");
        }
        if (!earlier.subject().equals(subject) || !firstMessageReads(earlier, text)) {
            throw new Conflict(
                    "request-id-reused", "This requestId was used for a request with another subject or text.");
        }
        return new Opened(view, false);
    }

    /** Whether the request's first message reads {@code text}, or has been erased since. */
    private boolean firstMessageReads(Conversation conversation, String text) {
        return em.createNamedQuery(Message.BY_CLIENT_ID, Message.class)
                .setParameter("conversation", conversation.id())
                .setParameter("clientMessageId", conversation.clientRequestId())
                .getResultStream()
                .findFirst()
                .map(message -> message.body().equals(text))
                .orElse(true);
    }

    private ConversationView mark(ConversationId id, long upTo, EventKind marker) {
        var me = access.me();
        if (upTo < 0) {
            throw new Invalid("invalid", "upTo", "upTo is the seq of a message.");
        }
        var conversation = access.requireForUpdate(me, id.value());
        var moved = marker == EventKind.READ
                ? conversation.markRead(me.side(), upTo)
                : conversation.markDelivered(me.side(), upTo);
        if (moved) {
            var now = clock.instant();
            var at = marker == EventKind.READ
                    ? conversation.readSeqOf(me.side())
                    : conversation.deliveredSeqOf(me.side());
            events.marker(em, conversation, marker, me.side(), at, now);
        }
        return views.of(conversation, me.side());
    }

    private void changed(Conversation conversation) {
        events.status(em, conversation, clock.instant());
    }

    private static String order(String value) {
        if (value != null && !ORDERS.contains(value)) {
            throw new Invalid("invalid", "order", "The order is one of " + ORDERS + ".");
        }
        return value;
    }

    private static Priority priority(String value, String field) {
        if (!ConversationView.PRIORITIES.contains(value.toLowerCase(Locale.ROOT))) {
            throw new Invalid("invalid", field, "The priority is one of " + ConversationView.PRIORITIES + ".");
        }
        return Priority.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The status named, one of those given (an agent's change refuses closed in {@code Conversation} too). */
    private static Status status(String value, List<String> allowed) {
        if (!allowed.contains(value.toLowerCase(Locale.ROOT))) {
            throw new Invalid("invalid", "status", "The status is one of " + allowed + ".");
        }
        return Status.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
