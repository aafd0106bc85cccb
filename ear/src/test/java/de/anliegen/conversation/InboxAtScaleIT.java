package de.anliegen.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.ConversationPage;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.support.Deployments;
import de.anliegen.support.InboxAtScale;
import de.anliegen.support.OnEveryDatabase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

    @Inject
    InboxAtScale scale;

    @Inject
    Conversations conversations;

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
     * The unread count in every agent's navigation reads the company's unread requests by their flag's index, not the
     * company's open requests (the 300 seeded open ones here have nothing unread): on MariaDB the rows read stay within
     * a few per unread request, whatever the size of the inbox.
     */
    @Test
    void the_unread_count_reads_the_unread_requests_and_no_others() {
        var mariaDb = factory.getProperties()
                .getOrDefault("hibernate.dialect", "")
                .toString()
                .contains("MariaDB");
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

    @Test
    void a_page_deep_down_costs_what_the_first_does() {
        var mariaDb = factory.getProperties()
                .getOrDefault("hibernate.dialect", "")
                .toString()
                .contains("MariaDB");
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
}
