package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** The agent's inbox: a queue of the company's service requests, filtered and searched, updated live. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    static final List<String> QUEUES = List.of("unassigned", "mine", "all");
    /** The ids of the cells of a row (index.xhtml), each drawn anew when its row changes. */
    static final List<String> CELLS = List.of("subject", "consumer", "status", "assignee", "activity");

    static final List<String> STATUSES = List.of("open", "waiting_for_consumer", "resolved", "closed");

    @Inject
    Conversations conversations;

    @Inject
    StaffAccounts staffAccounts;

    private String queue = "unassigned";
    private String status;
    private String search;
    private ConversationRows rows;
    private Map<Long, String> agentNames;

    @PostConstruct
    void init() {
        rows = new ConversationRows(conversations, filter());
        agentNames = staffAccounts.colleagues().stream()
                .collect(Collectors.toMap(StaffAccountView::id, StaffAccountView::displayName));
    }

    public LazyDataModel<ConversationView> getRows() {
        return rows;
    }

    /** Shows the chosen queue, status and search from the first page. */
    public void apply() {
        rows.show(filter());
    }

    /** Shows this queue, with the status and search chosen, from the first page. */
    public void show(String queue) {
        setQueue(queue);
        apply();
    }

    /**
     * Conversations of the company changed (the page names them, as its channel told it): rows whose content changed
     * are drawn anew, the page is reordered from what it holds, or read again when conversations may have come or
     * gone (see {@link InboxChanges}).
     */
    public void changed() {
        var changes = InboxChanges.of(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("changes"));
        var page = rows.shown();
        var update = changes.reloadsThePage(page)
                ? InboxChanges.InboxUpdate.reload()
                : changes.apply(page, rows.showsFirstPage(), fresh(changes.shownAndChanged(page)));
        var table = "inbox:conversations";
        if (update.reloads()) {
            rows.reread();
            PrimeFaces.current().ajax().update(table);
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
        var current = rows.filter();
        return conversations.among(current.queue(), current.status(), current.search(), ids);
    }

    private InboxFilter filter() {
        return new InboxFilter(queue, status, search);
    }

    /** The colleague a request is assigned to, by name; empty when no one (or someone no longer active). */
    public String agentName(Long agentId) {
        return agentId == null ? "" : agentNames.getOrDefault(agentId, "");
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

    public String getStatus() {
        return status;
    }

    /** A status the inbox knows, or any status (null, "any", or something unknown). */
    public void setStatus(String status) {
        this.status = status != null && STATUSES.contains(status) ? status : null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null || search.isBlank() ? null : search.strip();
    }
}
