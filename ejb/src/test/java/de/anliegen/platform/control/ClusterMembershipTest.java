package de.anliegen.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClusterMembershipTest {

    private static final String MEMBERS = "10.0.0.1[7600],10.0.0.2[7600]";

    @Test
    void a_node_that_found_the_others_says_how_many_they_are() {
        var membership = ClusterMembership.of(MEMBERS, "anliegen", "app1", "[app1|1] (2) [app1, app2]");
        assertFalse(membership.alone());
        assertEquals(2, membership.nodes());
        assertTrue(
                membership.line().startsWith("Node app1 is one of 2 nodes of cluster 'anliegen' (2 named"),
                membership.line());
    }

    @Test
    void a_node_alone_names_the_members_it_was_told_of_and_why_it_may_not_have_joined() {
        var membership = ClusterMembership.of(MEMBERS, "anliegen", "stranger", "[stranger|0] (1) [stranger]");
        assertTrue(membership.alone());
        assertEquals(1, membership.nodes());
        assertTrue(membership.line().contains("alone in cluster 'anliegen'"), membership.line());
        assertTrue(membership.line().contains("(" + MEMBERS + ")"), membership.line());
        assertTrue(membership.line().contains("same key (ANLIEGEN_CLUSTER_KEY_FILE)"), membership.line());
    }

    @Test
    void no_view_at_all_counts_as_alone() {
        assertTrue(ClusterMembership.of(MEMBERS, "anliegen", "app1", null).alone());
    }
}
