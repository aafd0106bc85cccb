package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.BulkChange;
import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** The agent's inbox: a queue of the company's service requests, filtered and searched, updated live. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    static final List<String> QUEUES = InboxAddress.QUEUES;
    /** The ids of the cells of a row (index.xhtml), each drawn anew when its row changes. */
    static final List<String> CELLS =
            List.of("subject", "priority", "consumer", "status", "assignee", "waiting", "due", "activity");

    static final List<String> STATUSES = ConversationView.STATUSES;

    @Inject
    Conversations conversations;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    PortalMessages portalMessages;

    @Inject
    Clock clock;

    private String queue = InboxAddress.DEFAULT_QUEUE;
    private String status;
    private String priority;
    private String tag;
    private String order;
    private String search;
    private int page = 1;
    private List<String> tags = List.of();
    private KnownColleagues colleagues;
    private List<ConversationView> selected = new ArrayList<>();
    private String bulkStatus;
    private String bulkAssignee;
    private String bulkTag;
    private ConversationRows rows;

    @PostConstruct
    void init() {
        rows = new ConversationRows(conversations, filter());
        colleagues = new KnownColleagues(staffAccounts.colleagues());
        tags = conversations.tags();
    }

    public LazyDataModel<ConversationView> getRows() {
        return rows;
    }

    /** Opens the inbox as its address says: the queue, filters and search given, on the page given. */
    public void open() {
        rows.show(filter());
    }

    /** Shows the chosen queue, status and search from the first page. */
    public void apply() {
        rows.show(filter());
        page = 1;
        // the table keeps the page it was on (a menu's change does not submit it): another choice starts on the first
        table().ifPresent(table -> table.setFirst(0));
    }

    /**
     * What the inbox shows, as its address: the page sets it as the browser's address after each change (portal.js),
     * and each row's link carries it to the request, whose link back returns here. The page is the table's own, which
     * moves back from beyond the last page.
     */
    public InboxAddress getAddress() {
        var shown = table().map(table -> table.getFirst() / table.getRows() + 1).orElse(page);
        return new InboxAddress(queue, status, priority, tag, order, search, shown);
    }

    private Optional<DataTable> table() {
        return FacesContext.getCurrentInstance().getViewRoot().findComponent("inbox:conversations")
                        instanceof DataTable table
                ? Optional.of(table)
                : Optional.empty();
    }

    /** Shows this queue, with the status and search chosen, from the first page. */
    public void show(String queue) {
        setQueue(queue);
        apply();
    }

    /**
     * Conversations of the company changed (the page names them, as its channel told it): rows whose content changed
     * are drawn anew, the page is reordered from what it holds, or read again when conversations may have come or
     * gone (see {@link InboxChanges}). The page sends the rows ticked for a change at once along, so that a redraw
     * keeps them ticked; a ticked row no longer on the page is left out of them ({@link ConversationRows#getRowData}),
     * and a change at once never reaches it.
     */
    public void changed() {
        var changes = InboxChanges.of(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("changes"));
        var page = rows.shown();
        // a list by due time changes its order with the first responses, which the rows alone cannot tell
        var update = changes.reloadsThePage(page) || order != null
                ? InboxChanges.InboxUpdate.reload()
                : changes.apply(page, rows.firstShown(), fresh(changes.shownAndChanged(page)));
        var table = "inbox:conversations";
        if (update.reloads()) {
            rows.reread();
            // fewer rows may leave fewer pages: the table moves back, and the address with it
            PrimeFaces.current().ajax().update(table, "inbox:address");
        } else if (update.reordered()) {
            rows.replaceShown(update.page(), true);
            PrimeFaces.current().ajax().update(table);
        } else {
            rows.replaceShown(update.page(), false);
            for (var row : update.rows()) {
                for (var cell : CELLS) {
                    PrimeFaces.current().ajax().update(table + ":" + row + ":" + cell);
                }
            }
        }
    }

    private List<ConversationView> fresh(Set<Long> ids) {
        return conversations.among(
                rows.filter(), ids.stream().map(ConversationId::new).toList());
    }

    private InboxFilter filter() {
        return new InboxFilter(queue, status, priority, tag, search, order);
    }

    /**
     * Changes the selected requests at once, all or none: the status, the assignee and a tag chosen in the bar above
     * the list. A refusal names the request that could not take the change; then nothing changed.
     */
    public void changeSelected() {
        if (selected == null || selected.isEmpty()) {
            portalMessages.error("portal.inbox.bulk.none");
            return;
        }
        if (bulkStatus == null && bulkAssignee == null && (bulkTag == null || bulkTag.isBlank())) {
            portalMessages.error("portal.inbox.bulk.nothing");
            return;
        }
        try {
            var changed = conversations.changeAll(new BulkChange(
                    selected.stream().map(ConversationView::id).toList(),
                    bulkStatus,
                    bulkAssignee != null,
                    bulkAssignee == null || bulkAssignee.equals("none") ? null : Long.valueOf(bulkAssignee),
                    bulkTag == null || bulkTag.isBlank() ? null : bulkTag));
            portalMessages.info("portal.inbox.bulk.done", changed.size());
            selected = new ArrayList<>();
            bulkStatus = null;
            bulkAssignee = null;
            bulkTag = null;
            tags = conversations.tags();
            rows.reread();
        } catch (ProblemException e) {
            BulkRefusal.of(e.type(), selected)
                    .ifPresentOrElse(
                            refusal ->
                                    portalMessages.error(refusal.messageKey(), String.join("; ", refusal.subjects())),
                            () -> portalMessages.problem(e, null));
        }
    }

    /** Whether the request's promised first response is overdue or came late: its due time shows red. */
    public boolean missed(ConversationView row) {
        return row.firstResponseMissed(clock.instant());
    }

    /** The colleague a request is assigned to, by name; empty when no one (or someone no longer active). */
    public String agentName(Long agentId) {
        // someone deactivated since still holds the request: say so, not nothing
        return agentId == null
                ? ""
                : colleagues
                        .find(agentId, staffAccounts::colleagues)
                        .map(StaffAccountView::displayName)
                        .orElseGet(() -> portalMessages.text("portal.thread.assignee.inactive"));
    }

    public List<String> getQueues() {
        return QUEUES;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getQueue() {
        return queue;
    }

    /** A queue the inbox knows; none (the selected button clicked again, or a bad URL) keeps the one shown. */
    public void setQueue(String queue) {
        if (queue != null && QUEUES.contains(queue)) {
            this.queue = queue;
        }
    }

    /** The page the address names, from 1 (as the address gives it: anything else is the first page). */
    public String getPage() {
        return String.valueOf(page);
    }

    public void setPage(String page) {
        this.page = InboxAddress.page(page);
    }

    /** The first row of the page the address names: where the table starts when the inbox opens. */
    public int getFirst() {
        return (page - 1) * InboxAddress.ROWS_PER_PAGE;
    }

    public int getRowsPerPage() {
        return InboxAddress.ROWS_PER_PAGE;
    }

    public String getStatus() {
        return status;
    }

    /** A status the inbox knows, or any status (null, "any", or something unknown). */
    public void setStatus(String status) {
        this.status = InboxAddress.status(status);
    }

    /** The orders besides newest activity first (the default, null): the first response due soonest first. */
    public List<String> getOrders() {
        return InboxAddress.orders();
    }

    public String getOrder() {
        return order;
    }

    /** An order the inbox knows besides the default, or the default (null, or something unknown). */
    public void setOrder(String order) {
        this.order = InboxAddress.order(order);
    }

    public List<String> getPriorities() {
        return ConversationView.PRIORITIES;
    }

    public String getPriority() {
        return priority;
    }

    /** A priority the inbox knows, or any (null, or something unknown). */
    public void setPriority(String priority) {
        this.priority = InboxAddress.priority(priority);
    }

    /** The tags the company's requests have, to filter by. */
    public List<String> getTags() {
        return tags;
    }

    public String getTag() {
        return tag;
    }

    /** One of the company's tags, or any (null, or one no request has). */
    public void setTag(String tag) {
        this.tag = tag != null && tags.contains(tag) ? tag : null;
    }

    public List<ConversationView> getSelected() {
        return selected;
    }

    public void setSelected(List<ConversationView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<StaffAccountView> getColleagues() {
        return colleagues.active();
    }

    public List<String> getStatusesAnAgentSets() {
        return Conversations.STATUSES_AN_AGENT_SETS;
    }

    public String getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(String bulkStatus) {
        this.bulkStatus = bulkStatus;
    }

    /** Whom to assign the selected requests to: a colleague's id, "none" for no one, null to leave them. */
    public String getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(String bulkAssignee) {
        this.bulkAssignee = bulkAssignee == null
                        || bulkAssignee.equals("none")
                        || colleagues.active().stream()
                                .anyMatch(c -> String.valueOf(c.id()).equals(bulkAssignee))
                ? bulkAssignee
                : null;
    }

    public String getBulkTag() {
        return bulkTag;
    }

    public void setBulkTag(String bulkTag) {
        this.bulkTag = bulkTag;
    }

    public String getSearch() {
        return search;
    }

    /** The term without the white space around it; none when blank or longer than the field takes (tampered). */
    public void setSearch(String search) {
        this.search = InboxAddress.search(search);
    }
}
