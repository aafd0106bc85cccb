package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a burst of changes to a company's conversations does to the inbox page an agent has open: rows whose content
 * changed are drawn anew one by one; the page is read again only when its set of conversations or their order may have
 * changed in a way the rows themselves cannot tell. The changes come from the page ({@code type:id,type:id}, as the
 * company's channel named them); they decide only what is read afresh, never what an agent may see.
 */
final class InboxChanges {

    /** More changes than a page has rows: reading the page again is cheaper than looking at each. */
    static final int MOST = 100;

    /** What the page reports after its channel was lost for a while: anything may have changed meanwhile. */
    static final String MISSED = "missed";

    /** Changes that never move a conversation into or out of a queue nor change its place in it. */
    private static final Set<String> IN_PLACE = Set.of("read", "delivered", "note");

    private static final Pattern CHANGE = Pattern.compile("([a-z_]{1,20}):([0-9]{1,18})");
    private static final Comparator<ConversationView> NEWEST_ACTIVITY_FIRST = Comparator.comparing(
                    ConversationView::lastActivityAt, Comparator.reverseOrder())
            .thenComparing(ConversationView::id, Comparator.reverseOrder());

    private final Set<Long> moved = new LinkedHashSet<>();
    private final Set<Long> inPlace = new LinkedHashSet<>();
    private final boolean tooMany;
    private boolean missed;

    private InboxChanges(String changes) {
        var count = 0;
        for (var change : (changes == null ? "" : changes).split(",", MOST + 2)) {
            if (change.strip().equals(MISSED)) {
                missed = true;
                continue;
            }
            var parts = CHANGE.matcher(change.strip());
            if (!parts.matches() || parts.group(1).equals("typing")) {
                continue;
            }
            count++;
            var id = Long.parseLong(parts.group(2));
            (IN_PLACE.contains(parts.group(1)) ? inPlace : moved).add(id);
        }
        this.tooMany = count > MOST;
    }

    /** The changes a page reports; what it cannot be read as is left out. */
    static InboxChanges of(String changes) {
        return new InboxChanges(changes);
    }

    /**
     * Whether the page must be read again before anything is looked at: too many changes, changes missed, or one that
     * may move a conversation not shown (a new message, a new request, a status or an assignee) onto this page or shift
     * it.
     */
    boolean reloadsThePage(List<ConversationView> page) {
        var shown = ids(page);
        return tooMany || missed || moved.stream().anyMatch(id -> !shown.contains(id));
    }

    /** The conversations on the page whose rows may have changed: those to read afresh. */
    Set<Long> shownAndChanged(List<ConversationView> page) {
        var shown = ids(page);
        var changed = new LinkedHashSet<Long>();
        moved.stream().filter(shown::contains).forEach(changed::add);
        inPlace.stream().filter(shown::contains).forEach(changed::add);
        return changed;
    }

    /**
     * The page with the changed conversations as the inbox now lists them ({@code fresh}: those of them that still
     * belong to the queue, status and search shown). {@code first} is the number of the page's first row in the whole
     * list: the rows to draw anew are numbered as the table numbers them, from the start of the list, not of the page.
     */
    InboxUpdate apply(List<ConversationView> page, int first, List<ConversationView> fresh) {
        var changed = shownAndChanged(page);
        var now = fresh.stream().collect(Collectors.toMap(ConversationView::id, Function.identity()));
        if (!now.keySet().containsAll(changed)) {
            // one left the queue (assigned, resolved, no longer found): a row from the next page takes its place
            return InboxUpdate.reload();
        }
        var replaced = new ArrayList<ConversationView>(page.size());
        for (var row : page) {
            replaced.add(changed.contains(row.id()) ? now.get(row.id()) : row);
        }
        var sorted = replaced.stream().sorted(NEWEST_ACTIVITY_FIRST).toList();
        if (sorted.equals(replaced)) {
            var rows = new ArrayList<Integer>();
            for (var i = 0; i < replaced.size(); i++) {
                if (changed.contains(replaced.get(i).id()) && !replaced.get(i).equals(page.get(i))) {
                    rows.add(first + i);
                }
            }
            return InboxUpdate.rows(replaced, rows);
        }
        // activity only ever moves a conversation up: on the first page it stays among the newest; on a later page
        // it may belong to an earlier one
        return first == 0 ? InboxUpdate.reordered(sorted) : InboxUpdate.reload();
    }

    private static Set<Long> ids(List<ConversationView> page) {
        return page.stream().map(ConversationView::id).collect(Collectors.toSet());
    }

    /**
     * What the page does: {@code page} null, read the page again; otherwise show these rows, and draw anew either
     * the rows with these numbers in the whole list ({@code reordered} false) or the whole table from them, without
     * reading it again.
     */
    record InboxUpdate(List<ConversationView> page, List<Integer> rows, boolean reordered) {

        static InboxUpdate reload() {
            return new InboxUpdate(null, List.of(), false);
        }

        static InboxUpdate rows(List<ConversationView> page, List<Integer> rows) {
            return new InboxUpdate(List.copyOf(page), List.copyOf(rows), false);
        }

        static InboxUpdate reordered(List<ConversationView> page) {
            return new InboxUpdate(List.copyOf(page), List.of(), true);
        }

        boolean reloads() {
            return page == null;
        }
    }
}
