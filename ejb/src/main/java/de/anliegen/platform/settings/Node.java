package de.anliegen.platform.settings;

/** The name of this server node ({@code jboss.node.name}): it holds leases and records its open sockets under it. */
public final class Node {

    private Node() {}

    public static String name() {
        return Settings.nodeName();
    }
}
