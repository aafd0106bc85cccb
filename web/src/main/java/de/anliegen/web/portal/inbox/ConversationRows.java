package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The conversations of a queue, one page at a time from the boundary: never the whole table. It keeps the page shown,
 * so that a live change can replace rows of it, or have it drawn again in a new order, without reading it again.
 */
public class ConversationRows extends LazyDataModel<ConversationView> {

    private final Conversations conversations;
    private InboxFilter filter;
    private List<ConversationView> shown = List.of();
    private int shownFrom;
    private boolean keepShown;
    private int counted;
    private int searchedOnlyNewest;
    // the filter the count is of: a page read counts as well, so that neither a new filter nor paging on costs a
    // count (or a search) of its own
    private InboxFilter countedFor;
    private int pageSize = 20;
    // the after of each page reached, by its first row; forgotten when the filter changes
    private final Map<Integer, String> cursors = new HashMap<>();

    public ConversationRows(Conversations conversations, InboxFilter filter) {
        this.conversations = conversations;
        this.filter = filter;
    }

    /** From now on, the rows of this queue, status and search. */
    public void show(InboxFilter filter) {
        this.filter = filter;
        keepShown = false;
        cursors.clear();
        countedFor = null;
    }

    public InboxFilter filter() {
        return filter;
    }

    /** The rows on the page shown, in order. */
    public List<ConversationView> shown() {
        return shown;
    }

    /**
     * The number of the page's first row in the whole list (0 on the first page): the table numbers the rows of a later
     * page on from there (the second page's are 20 to 39), and so do their client ids.
     */
    public int firstShown() {
        return shownFrom;
    }

    /**
     * These rows instead of the page shown (the same conversations, changed or in another order). With
     * {@code drawnAgain}, the table's next drawing takes them instead of reading the page; otherwise only single rows
     * are drawn anew from them.
     */
    public void replaceShown(List<ConversationView> rows, boolean drawnAgain) {
        shown = List.copyOf(rows);
        setWrappedData(shown);
        keepShown = drawnAgain;
    }

    /**
     * The table's next drawing reads the page again, and counts again first: when the rows of the last page have left
     * (taken by a colleague, changed in bulk), the table then moves back to the last page that has rows.
     */
    public void reread() {
        keepShown = false;
        countedFor = null;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (keepShown) {
            return getRowCount();
        }
        if (!filter.equals(countedFor)) {
            // the first page tells the count as well: read it now, and the drawing that follows takes it
            read(0, pageSize);
            keepShown = true;
        }
        return Math.min(counted, Conversations.MOST_COUNTED);
    }

    /**
     * The page that starts at row {@code first}: the next or an earlier page continues from where the page before it
     * ended (a cursor kept per page), so that a page deep in a large inbox costs what the first does. A page no cursor
     * leads to (the inbox opened at a later page by its address) skips the rows before it, up to
     * {@link Conversations#MOST_SKIPPED}.
     */
    @Override
    public List<ConversationView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (keepShown && first == shownFrom) {
            keepShown = false;
            return shown;
        }
        keepShown = false;
        this.pageSize = pageSize;
        return read(first, pageSize);
    }

    private List<ConversationView> read(int first, int pageSize) {
        // a page not reached from the one before (the inbox opened at its address's page) skips the rows before it
        var cursor = cursors.get(first);
        var skipped = cursor == null && first <= Conversations.MOST_SKIPPED ? first : 0;
        var from = cursor != null ? first : skipped;
        var page = conversations.list(filter, cursor, skipped, Math.min(pageSize, Conversations.MOST_PER_PAGE));
        shown = page.conversations();
        shownFrom = from;
        counted = page.totalCapped() ? Conversations.MOST_COUNTED + 1 : (int) page.total();
        countedFor = filter;
        searchedOnlyNewest = page.searchedOnlyNewest() == null ? 0 : page.searchedOnlyNewest();
        if (page.next() != null) {
            cursors.put(from + shown.size(), page.next());
        }
        // beyond the count's cap the paginator learns of one more page at a time
        var known = from + shown.size() + (page.next() != null ? 1 : 0);
        setRowCount(Math.max(Math.min(counted, Conversations.MOST_COUNTED), known));
        return shown;
    }

    /** Whether the inbox holds more than it counted ("1,000+"). */
    public boolean countCapped() {
        return counted > Conversations.MOST_COUNTED;
    }

    /** How many of the most recently active requests the page's search looked through, its term being too common; 0: all. */
    public int searchedOnlyNewest() {
        return searchedOnlyNewest;
    }

    @Override
    public String getRowKey(ConversationView conversation) {
        return String.valueOf(conversation.id());
    }

    /** A row of the page shown, by its key: what the agent selected (selections never reach beyond the page). */
    @Override
    public ConversationView getRowData(String rowKey) {
        return shown.stream()
                .filter(conversation -> getRowKey(conversation).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
