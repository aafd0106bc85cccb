package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/** The agent's inbox: a queue of the company's service requests, filtered and searched, updated live. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    static final List<String> QUEUES = List.of("unassigned", "mine", "all");
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
