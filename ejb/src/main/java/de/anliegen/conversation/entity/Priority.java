package de.anliegen.conversation.entity;

/** How urgent the company takes a request: its agents set it, the consumer never sees it. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
