package de.anliegen.conversation.control;

/** The name of this server node ({@code jboss.node.name}), under which its open sockets are recorded. */
public final class Node {

    private Node() {}

    public static String name() {
        return System.getProperty("jboss.node.name", "default");
    }
}
