package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.ConversationPage;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import de.anliegen.conversation.control.InboxSearch;
import de.anliegen.conversation.control.SearchMatches;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.InboxAtScale;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox at size (issue 22): each shape of it pages by cursor through all its conversations in order, none twice
 * and none missed, counts no further than "1,000+", and a page costs a fixed number of statements that read, on
 * MariaDB, no more rows than the page shows plus the capped count and a small constant, on page 1 as deep down.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class InboxAtScaleIT {

    static final int CONVERSATIONS = 1_200;
    static final int PAGE = 20;
    /**
     * The caller (account, roles), the page, the count, the company, the consumers' contacts, their connections, the
     * page's tags: each once a page, however many rows.
     */
    static final int MOST_STATEMENTS = 8;
    /** Index entries and rows of the look-ups beside the page's rows and the count's. */
    static final int READS_BESIDE = 4 * PAGE + 50;
    /** Every seeded request has it: more than the count's cap, so that reading them all would show. */
    static final String TAG = "skala";

    @Inject
    InboxAtScale scale;

    @Inject
    Conversations conversations;

    @Inject
    InboxSearch search;

    @PersistenceUnit
    EntityManagerFactory factory;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @BeforeEach
    void seeded() {
        scale.exist(CONVERSATIONS);
    }

    @Test
    void every_shape_pages_through_all_its_conversations_in_order_none_twice_none_missed() {
        for (var queue : List.of("all", "unassigned", "mine")) {
            for (var status : new String[] {null, "open", "resolved"}) {
                var first = list(queue, status, null, 1);
                var seen = new ArrayList<ConversationView>();
                String after = null;
                do {
                    var page = list(queue, status, after, 100);
                    seen.addAll(page.conversations());
                    after = page.next();
                    assertEquals(first.total(), page.total());
                } while (after != null);
                var shape = queue + "/" + status;
                assertEquals(
                        seen.size(),
                        new HashSet<>(seen.stream().map(ConversationView::id).toList()).size(),
                        shape);
                assertEquals(
                        seen,
                        seen.stream().sorted(NEWEST_FIRST).toList(),
                        shape + ": newest activity first, then the higher id");
                assertEquals(Math.min(seen.size(), Conversations.MOST_COUNTED), first.total(), shape);
                assertEquals(seen.size() > Conversations.MOST_COUNTED, first.totalCapped(), shape);
                assertTrue(
                        seen.stream()
                                        .filter(row -> row.subject().startsWith("Zählerstand Nummer"))
                                        .count()
                                >= CONVERSATIONS / (queue.equals("all") ? 1 : 3) / (status == null ? 1 : 4) - 1,
                        shape + ": " + seen.size());
            }
        }
    }

    /**
     * A tag's requests page by cursor in the order of their activity, none twice and none missed, and on MariaDB a page
     * reads the tag's rows in that order (V33_1) instead of every request of the tag and a sort: no more rows than the
     * page shows, beside the capped count.
     */
    @Test
    void a_tags_requests_page_in_order_and_a_page_reads_no_more_than_it_shows() {
        var mariaDb = onMariaDb();
        var tagged = scale.tagged(TAG);
        var filter = new InboxFilter("all", null, null, TAG, null, null);
        var seen = new ArrayList<ConversationView>();
        String after = null;
        do {
            var from = after;
            var page = scale.does(() -> conversations.list(filter, from, 0, 100));
            seen.addAll(page.conversations());
            after = page.next();
        } while (after != null);
        assertEquals(tagged, seen.size());
        assertEquals(
                tagged, new HashSet<>(seen.stream().map(ConversationView::id).toList()).size());
        assertEquals(seen, seen.stream().sorted(NEWEST_FIRST).toList(), "newest activity first, then the higher id");

        var cost = scale.costOf(() -> conversations.list(filter, null, 0, PAGE), mariaDb);
        if (mariaDb) {
            // the page: its rows through the tag's index and each request's row; the count: up to 1,001 of each
            var most = 2 * (PAGE + 1) + 2 * (Conversations.MOST_COUNTED + 1) + READS_BESIDE;
            assertTrue(cost.rowsRead() <= most, () -> tagged + " tagged, rows read: " + cost);
        }
        System.out.println("A tag's first page: " + tagged + " tagged, " + cost);
    }

    /**
     * The unread count in every agent's navigation reads the company's unread requests by their flag's index, not the
     * company's open requests (the 300 seeded open ones here have nothing unread): on MariaDB the rows read stay within
     * a few per unread request, whatever the size of the inbox.
     */
    @Test
    void the_unread_count_reads_the_unread_requests_and_no_others() {
        var mariaDb = onMariaDb();
        var company = scale.stadtwerkeId();
        var unread = new long[1];
        var cost = scale.costOf(() -> unread[0] = scale.unreadOf(company), mariaDb);
        var counted = scale.does(() -> conversations.unread());
        assertTrue(counted.count() <= unread[0], () -> counted + " of " + unread[0]);
        assertTrue(cost.statements() <= 1, () -> "statements of the count's query: " + cost);
        if (mariaDb) {
            assertTrue(cost.rowsRead() <= 2 * unread[0] + 10, () -> unread[0] + " unread, rows read: " + cost);
        }
        System.out.println("Unread count: " + unread[0] + " unread, " + cost);
    }

    /**
     * A term too common to search every request's subject and texts within the budget is searched among the newest
     * requests instead, and the answer says how many (on MariaDB, whose {@code max_statement_time} stops the search of
     * all); the transaction goes on and commits. The test database holds fewer than 5,000 of the company's requests, so
     * the newest are all of them and both searches find the same. H2 has no budget: every request is searched.
     */
    @Test
    void a_term_too_common_for_the_budget_is_searched_among_the_newest_and_says_so() {
        var mariaDb = onMariaDb();
        var company = new CompanyId(scale.stadtwerkeId());
        var term = "Zählerstand Nummer";
        var full = scale.does(() -> search.find(company, term));
        assertEquals(0, full.searchedOnlyNewest());
        assertTrue(full.conversations().size() >= InboxSearch.MOST_MATCHES, "the 1,200 seeded subjects, capped");
        if (!mariaDb) {
            assertEquals(
                    0,
                    scale.does(() -> search.find(company, term, Duration.ofNanos(1)))
                            .searchedOnlyNewest());
            return;
        }
        // a microsecond stops a statement that reads a thousand rows nearly always, but the timer may come late
        SearchMatches narrowed = null;
        for (var attempt = 0; attempt < 20 && (narrowed == null || narrowed.searchedOnlyNewest() == 0); attempt++) {
            narrowed = scale.does(() -> search.find(company, term, Duration.ofNanos(1)));
        }
        assertEquals(InboxSearch.NEWEST_SEARCHED, narrowed.searchedOnlyNewest());
        assertEquals(Set.copyOf(full.conversations()), Set.copyOf(narrowed.conversations()));
    }

    /**
     * A term in the texts of many of the newest requests is common: on MariaDB it is searched among the newest
     * requests at once, without the search of all of them that could not be stopped in time, and the answer says so.
     */
    @Test
    void a_term_in_many_of_the_newest_requests_is_searched_among_the_newest_at_once() {
        var mariaDb = onMariaDb();
        var consumer = Consumers.signUp("Petra", "Probe");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var word = "Probewort" + ServiceRequests.newId().substring(0, 8);
        var opened = new HashSet<Long>();
        for (var i = 0; i < InboxSearch.COMMON_AMONG_PROBED; i++) {
            opened.add(ServiceRequests.open(consumer.accessToken(), STADTWERKE, word + " " + i));
        }
        var found = scale.does(() -> search.find(new CompanyId(scale.stadtwerkeId()), word));
        assertEquals(opened, Set.copyOf(found.conversations()));
        assertEquals(mariaDb ? InboxSearch.NEWEST_SEARCHED : 0, found.searchedOnlyNewest());
    }

    @Test
    void a_page_deep_down_costs_what_the_first_does() {
        var mariaDb = onMariaDb();
        String after = null;
        for (var page = 0; page < 40; page++) {
            var from = after;
            var cost = scale.costOf(
                    () -> conversations.list(new InboxFilter("all", null, null, null, null, null), from, 0, PAGE),
                    mariaDb);
            if (page == 0 || page == 39) {
                assertTrue(cost.statements() <= MOST_STATEMENTS, () -> "statements of a page: " + cost);
                if (mariaDb) {
                    assertTrue(
                            cost.rowsRead() <= PAGE + Conversations.MOST_COUNTED + 1 + READS_BESIDE,
                            () -> "rows read for a page of " + PAGE + ": " + cost);
                }
                System.out.println("Inbox page " + (page + 1) + ": " + cost);
            }
            after = scale.does(() ->
                            conversations.list(new InboxFilter("all", null, null, null, null, null), from, 0, PAGE))
                    .next();
        }
        var unassigned = scale.costOf(
                () -> conversations.list(new InboxFilter("unassigned", "open", null, null, null, null), null, 0, PAGE),
                mariaDb);
        assertTrue(unassigned.statements() <= MOST_STATEMENTS, () -> "unassigned and open: " + unassigned);
        System.out.println("Inbox unassigned and open: " + unassigned);
    }

    @Test
    void a_cursor_of_another_list_or_made_up_is_refused_by_name_and_an_offset_goes_no_deeper_than_the_count() {
        var next = list("all", null, null, PAGE).next();
        for (var refused : List.<Runnable>of(
                () -> conversations.list(new InboxFilter("mine", null, null, null, null, null), next, 0, PAGE),
                () -> conversations.list(new InboxFilter("all", "open", null, null, null, null), next, 0, PAGE),
                () -> conversations.list(new InboxFilter("all", null, null, null, "Zählerstand", null), next, 0, PAGE),
                () -> conversations.list(
                        new InboxFilter("all", null, null, null, null, null), next.substring(1), 0, PAGE),
                () -> conversations.list(
                        new InboxFilter("all", null, null, null, null, null), "bm90IGEgY3Vyc29y", 0, PAGE))) {
            var invalid = assertThrows(
                    Invalid.class,
                    () -> scale.does(() -> {
                        refused.run();
                        return null;
                    }));
            assertEquals(Optional.of("after"), invalid.field(), invalid.getMessage());
        }
        var tooDeep = assertThrows(
                Invalid.class,
                () -> scale.does(() ->
                        conversations.list(new InboxFilter("all", null, null, null, null, null), null, 1_001, PAGE)));
        assertEquals(Optional.of("offset"), tooDeep.field());
        var both = assertThrows(
                Invalid.class,
                () -> scale.does(() ->
                        conversations.list(new InboxFilter("all", null, null, null, null, null), next, 20, PAGE)));
        assertEquals(Optional.of("offset"), both.field());
        // an offset within the count still pages, as it did
        var byOffset = list("all", null, null, 40);
        assertEquals(
                byOffset.conversations().subList(20, 40),
                scale.does(() -> conversations.list(
                                new InboxFilter("all", null, null, null, null, null), null, 20, PAGE))
                        .conversations());
        assertFalse(byOffset.conversations().isEmpty());
    }

    private ConversationPage list(String queue, String status, String after, int limit) {
        return scale.does(
                () -> conversations.list(new InboxFilter(queue, status, null, null, null, null), after, 0, limit));
    }

    private static final Comparator<ConversationView> NEWEST_FIRST = Comparator.comparing(
                    ConversationView::lastActivityAt)
            .thenComparing(ConversationView::id)
            .reversed();

    private boolean onMariaDb() {
        return factory.getProperties()
                .getOrDefault("hibernate.dialect", "")
                .toString()
                .contains("MariaDB");
    }
}
