package de.anliegen.web.portal.inbox;

import de.anliegen.company.boundary.CannedResponseView;
import de.anliegen.company.boundary.CannedResponses;
import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.CustomerPanel;
import de.anliegen.conversation.boundary.InternalNotes;
import de.anliegen.conversation.boundary.Messages;
import de.anliegen.conversation.boundary.SendMessage;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.AddressIds;
import de.anliegen.web.portal.PortalMessages;
import de.anliegen.web.security.UsageRecording;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.UnselectEvent;

/**
 * One service request in the portal: the thread with internal notes, the reply box with canned responses, and
 * assignment and status. What the page shows is read through the boundaries, which decide what the agent may see.
 */
@Named
@ViewScoped
public class ThreadView implements Serializable {

    /** How many messages the page shows at first, and adds with each "earlier messages". */
    static final int MESSAGES_AT_ONCE = 100;

    private static final String RESTRICTED = "consumer-restricted";

    @Inject
    Conversations conversations;

    @Inject
    Messages messages;

    @Inject
    InternalNotes notes;

    @Inject
    CannedResponses cannedResponses;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    PortalMessages portalMessages;

    private long id;
    private InboxAddress inbox = InboxAddress.DEFAULT;
    private ConversationView conversation;
    private List<ThreadEntry> entries = List.of();
    private long shownFrom;
    private StaffAccountView me;
    private KnownColleagues colleagues = new KnownColleagues(List.of());
    private List<CannedResponseView> canned = List.of();
    private CustomerPanel customer;

    private String reply;
    private String replyId = newId();
    private String note;
    private Long assignee;
    private String status;
    private String priority;
    private List<String> tags = new ArrayList<>();

    /**
     * Opens the page; a conversation that is not the company's is not found, as one that does not exist. While the
     * consumer's data is restricted, the page shows the request as the inbox lists it, and why nothing more.
     */
    public void load() throws IOException {
        try {
            me = staffAccounts.current();
            conversation = conversations.get(new ConversationId(id));
        } catch (NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        } catch (Forbidden e) {
            showRestricted(e);
            return;
        }
        colleagues = new KnownColleagues(staffAccounts.colleagues());
        customer = conversation.consumer() == null
                ? null
                : conversations.customer(new ConversationId(id)).orElse(null);
        // filled in once for this conversation: the page reads them on every redraw
        var values = placeholders();
        canned = cannedResponses.list().stream()
                .map(response -> new CannedResponseView(response.id(), response.title(), response.filledIn(values)))
                .toList();
        // the first screen: the newest messages, read on the index from there on, however long the thread
        shownFrom = Math.max(0, conversation.lastSeq() - MESSAGES_AT_ONCE);
        show();
    }

    /**
     * Reads the conversation afresh (after a change here) and marks what is shown as read. Erased meanwhile (at the
     * consumer's request), it is gone: the agent is taken to the inbox and told so. Whether it is still there.
     */
    public boolean refresh() {
        try {
            conversation = conversations.get(new ConversationId(id));
            // erased between the two reads, the thread is not found either
            show();
        } catch (Forbidden e) {
            showRestricted(e);
            return true;
        } catch (NotFound e) {
            toInboxAsGone();
            return false;
        }
        return true;
    }

    /** Erased meanwhile: the agent is taken to the inbox they came from, which says why. */
    private void toInboxAsGone() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        portalMessages.error("portal.inbox.conversation.gone");
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + inbox.path());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Marks the conversation as read, and reads the thread from the first message shown on. */
    private void show() {
        if (conversation.unread() > 0) {
            conversation = conversations.markRead(new ConversationId(id), conversation.lastSeq());
        }
        assignee = conversation.assignedAgentId();
        status = conversation.status();
        priority = conversation.priority();
        tags = new ArrayList<>(conversation.tags());
        entries = thread(shownFrom);
    }

    /**
     * A live event: the thread is drawn anew; the details only when someone else changed status or assignment, so
     * that a menu the agent is using is not redrawn under their hand.
     */
    public void changed() throws IOException {
        var before = conversation;
        var wasWritable = isWritable();
        if (!refresh()) {
            return;
        }
        if (isWritable() != wasWritable) {
            // closed by the consumer, or they disconnected: the reply box gives way to the note that says so
            PrimeFaces.current().ajax().update("composer");
        }
        if (isRestricted() != before.consumerRestricted()) {
            // restricted while the page was open, or the restriction lifted: the page is drawn anew as it now is
            drawAnew();
            return;
        }
        if (isRestricted()) {
            return;
        }
        if (!Objects.equals(before.status(), status)
                || !Objects.equals(before.assignedAgentId(), assignee)
                || !Objects.equals(before.rating(), conversation.rating())
                || !Objects.equals(before.priority(), priority)
                || !Objects.equals(before.tags(), tags)
                || !Objects.equals(before.consumer(), conversation.consumer())) {
            PrimeFaces.current().ajax().update("meta");
        }
    }

    /** Every request of the page, its replies and changes too, goes into the usage log with its conversation. */
    public void concerned() {
        UsageRecording.concerns(
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest(),
                id);
    }

    /** Shows up to {@value #MESSAGES_AT_ONCE} messages more from before the first one shown. */
    public void earlier() {
        shownFrom = Math.max(0, shownFrom - MESSAGES_AT_ONCE);
        try {
            entries = thread(shownFrom);
        } catch (Forbidden e) {
            showRestricted(e);
        } catch (NotFound e) {
            toInboxAsGone();
        }
    }

    /**
     * Sends the reply. Erased since the page last heard of it, the inbox says the request is gone; restricted, the page
     * is drawn as it now is (no reply box: the page keeps no draft that could be sent later).
     */
    public void send() throws IOException {
        try {
            var before = conversation.status();
            messages.send(new ConversationId(id), new SendMessage(replyId, reply, List.of()));
            reply = null;
            replyId = newId();
            refresh();
            if (!Objects.equals(before, conversation.status())) {
                // an answer moves an open request to waiting for the consumer: the details say so at once
                PrimeFaces.current().ajax().update("meta");
            }
        } catch (ProblemException e) {
            if (!followedAway(e)) {
                portalMessages.problem(e, "reply:text");
            }
        }
    }

    public void addNote() {
        try {
            notes.add(new ConversationId(id), note);
            note = null;
            refresh();
        } catch (ProblemException e) {
            portalMessages.problem(e, "note:text");
        }
    }

    public void assign() {
        change(
                () -> conversations.assign(
                        new ConversationId(id), assignee == null ? null : new StaffAccountId(assignee)),
                "portal.thread.assigned");
    }

    public void assignToMe() {
        assignee = me.id();
        assign();
    }

    public void changeStatus() {
        change(() -> conversations.changeStatus(new ConversationId(id), status), "portal.thread.status.changed");
    }

    /** The agent set the priority; the tags stay as they are now, also a colleague's set meanwhile. */
    public void label() {
        change(() -> conversations.label(new ConversationId(id), priority, null), "portal.thread.labelled");
    }

    /** The agent added a tag (typed, ended by a comma or Enter). */
    public void tag(SelectEvent<String> event) {
        retag(event.getObject(), null);
    }

    /** The agent took a tag off by its chip's cross. */
    public void untag(UnselectEvent<String> event) {
        retag(null, event.getObject());
    }

    /**
     * Adds or takes off the one tag the event names, never sets what the chips submitted: several typed at once with
     * commas come as one event each while the agent goes on typing, the chips' value in an event may run ahead of what
     * is kept, and a colleague's tag set meanwhile must stay. The chips are drawn anew only when the tags are not what
     * the chips show (a change refused, a colleague's tag): drawing them otherwise replaced the field being typed in.
     */
    private void retag(String added, String removed) {
        var wanted = new ArrayList<>(conversation.tags());
        if (added != null && !wanted.contains(added)) {
            wanted.add(added);
        }
        wanted.remove(removed);
        change(() -> conversations.retag(new ConversationId(id), added, removed), "portal.thread.labelled");
        if (!Set.copyOf(tags).equals(Set.copyOf(wanted))) {
            PrimeFaces.current().ajax().update("meta:tags");
        }
    }

    /**
     * The agent is typing: the consumer's app shows it for a moment. Restricted or erased since the page last heard of
     * it, the page is drawn as it now is, or the inbox says the request is gone.
     */
    public void typing() throws IOException {
        try {
            conversations.typing(new ConversationId(id));
        } catch (Forbidden | NotFound e) {
            if (!followedAway(e)) {
                throw e;
            }
        }
    }

    /**
     * A step refused because the request was restricted or erased since the page last heard of it: the page is drawn as
     * it now is, or the inbox says the request is gone. False for any other refusal.
     */
    private boolean followedAway(ProblemException refusal) throws IOException {
        if (refusal instanceof NotFound) {
            toInboxAsGone();
            return true;
        }
        if (refusal instanceof Forbidden && RESTRICTED.equals(refusal.type())) {
            drawAnew();
            return true;
        }
        return false;
    }

    private void drawAnew() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/portal/inbox/conversation.xhtml?id=" + id
                + (inbox.isDefault() ? "" : "&inbox=" + URLEncoder.encode(inbox.query(), StandardCharsets.UTF_8)));
    }

    /** The data protection officer restricts the consumer's data: the request is shown, not worked on. */
    public boolean isRestricted() {
        return conversation.consumerRestricted();
    }

    private void showRestricted(Forbidden refusal) {
        if (!RESTRICTED.equals(refusal.type())) {
            throw refusal;
        }
        conversation = conversations.listed(new ConversationId(id));
        entries = List.of();
    }

    public boolean isEarlierAvailable() {
        return shownFrom > 0;
    }

    public boolean isMine() {
        return me.id() == (conversation.assignedAgentId() == null ? -1 : conversation.assignedAgentId());
    }

    public boolean isWritable() {
        return !isRestricted()
                && conversation.consumer() != null
                && !conversation.status().equals(ConversationView.CLOSED);
    }

    private void change(Runnable change, String doneKey) {
        try {
            change.run();
            refresh();
            portalMessages.info(doneKey);
        } catch (NotFound gone) {
            refresh(); // erased meanwhile: says so in the inbox
        } catch (ProblemException e) {
            portalMessages.problem(e, null);
            refresh();
        }
    }

    private List<ThreadEntry> thread(long after) {
        var key = new ConversationId(id);
        var consumerName = consumerName();
        var shown = new ArrayList<ThreadEntry>();
        var cursor = after;
        boolean more;
        do {
            var page = messages.page(key, cursor, Messages.MOST_PER_PAGE);
            page.messages().forEach(message -> shown.add(ThreadEntry.of(message, consumerName)));
            cursor = page.next();
            more = page.more();
        } while (more);
        var since = after == 0 || shown.isEmpty() ? null : shown.get(0).at();
        var shownNotes = notes.of(key).stream()
                .filter(n -> since == null || !n.createdAt().isBefore(since))
                .map(ThreadEntry::of)
                .toList();
        return ThreadOrder.interleaved(shown, shownNotes);
    }

    private String consumerName() {
        var consumer = conversation.consumer();
        return consumer == null
                ? portalMessages.text("portal.thread.consumer.gone")
                : consumer.firstName() + " " + consumer.lastName();
    }

    private Map<String, String> placeholders() {
        var consumer = conversation.consumer();
        return Map.of(
                CannedResponseView.FIRST_NAME,
                consumer == null ? "" : consumer.firstName(),
                CannedResponseView.LAST_NAME,
                consumer == null ? "" : consumer.lastName(),
                CannedResponseView.AGENT_NAME,
                me.displayName(),
                CannedResponseView.COMPANY_NAME,
                conversation.company().name());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    /** The id as the address gives it: {@code ?id=abc} is answered as an id that does not exist. */
    public String getAddressId() {
        return String.valueOf(id);
    }

    public void setAddressId(String value) {
        this.id = AddressIds.of(value);
    }

    /**
     * The inbox the agent came from, as its address's query ({@code ?inbox=}, which the inbox's rows carry): the link
     * back and the way out of an erased request return to that list. Only the inbox's page is built from it.
     */
    public String getInbox() {
        return inbox.query();
    }

    public void setInbox(String query) {
        this.inbox = InboxAddress.parse(query);
    }

    /** The inbox the agent came from, below the context path. */
    public InboxAddress getInboxAddress() {
        return inbox;
    }

    public ConversationView getConversation() {
        return conversation;
    }

    public List<ThreadEntry> getEntries() {
        return entries;
    }

    /**
     * Whom the request can be given to, and whom it is given to now: someone deactivated since still holds it, and the
     * menu says so rather than "no one".
     */
    public List<StaffAccountView> getAssignable() {
        if (assignee == null
                || colleagues.find(assignee, staffAccounts::colleagues).isPresent()) {
            return colleagues.active();
        }
        var former = new StaffAccountView(
                assignee, "", portalMessages.text("portal.thread.assignee.inactive"), null, Set.of());
        return Stream.concat(colleagues.active().stream(), Stream.of(former)).toList();
    }

    /**
     * The company's canned responses with their placeholders filled in for this conversation: the page inserts the
     * chosen one at the cursor of the reply box, beside what the agent wrote.
     */
    public List<String> getPriorities() {
        return ConversationView.PRIORITIES;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    /** Who the consumer is to the company, beside the thread; null while no one is named (disconnected). */
    public CustomerPanel getCustomer() {
        return customer;
    }

    public List<CannedResponseView> getCanned() {
        return canned;
    }

    public List<String> getStatuses() {
        return Conversations.STATUSES_AN_AGENT_SETS;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
