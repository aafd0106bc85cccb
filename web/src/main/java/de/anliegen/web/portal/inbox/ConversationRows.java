package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The conversations of a queue, one page at a time from the boundary: never the whole table. */
public class ConversationRows extends LazyDataModel<ConversationView> {

    private final Conversations conversations;
    private InboxFilter filter;

    public ConversationRows(Conversations conversations, InboxFilter filter) {
        this.conversations = conversations;
        this.filter = filter;
    }

    /** From now on, the rows of this queue, status and search. */
    public void show(InboxFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        var current = filter;
        return (int) conversations
                .list(current.queue(), current.status(), current.search(), 0, 1)
                .total();
    }

    @Override
    public List<ConversationView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var current = filter;
        var page = conversations.list(
                current.queue(),
                current.status(),
                current.search(),
                first,
                Math.min(pageSize, Conversations.MOST_PER_PAGE));
        setRowCount((int) page.total());
        return page.conversations();
    }

    @Override
    public String getRowKey(ConversationView conversation) {
        return String.valueOf(conversation.id());
    }
}
