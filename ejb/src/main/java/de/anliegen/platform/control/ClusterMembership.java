package de.anliegen.platform.control;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a node of a cluster says about its members: how many nodes it sees, one line, and whether that is a warning.
 */
public record ClusterMembership(int nodes, boolean alone, String line) {

    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");

    /**
     * From the member list the node was given ({@code host[port],…}), the cluster's name and the channel's view as
     * JGroups writes it ({@code [node1|3] (2) [node1, node2]}).
     */
    public static ClusterMembership of(String members, String cluster, String node, String view) {
        var named = Arrays.stream(members.split(",")).filter(m -> !m.isBlank()).count();
        var matcher = COUNT.matcher(view == null ? "" : view);
        var joined = matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
        if (joined > 1) {
            return new ClusterMembership(
                    joined,
                    false,
                    "Node " + node + " is one of " + joined + " nodes of cluster '" + cluster + "' (" + named
                            + " named in ANLIEGEN_CLUSTER_MEMBERS): " + view);
        }
        return new ClusterMembership(
                1,
                true,
                "Node " + node + " is alone in cluster '" + cluster + "': none of the other members that"
                        + " ANLIEGEN_CLUSTER_MEMBERS names (" + members + ") answered. Either they are down or cut off"
                        + " from this node, or they belong to another cluster: a node joins only nodes of the same ANLIEGEN_CLUSTER_NAME with"
                        + " the same key (ANLIEGEN_CLUSTER_KEY_FILE). Until it joins, it serves on its own; the leases"
                        + " in the database still let only one node number events and run the nightly jobs.");
    }
}
