package de.anliegen.conversation.entity;

/** The two sides of a conversation: the consumer, and the company (any of its agents). */
public enum Side {
    CONSUMER,
    COMPANY;

    public Side other() {
        return this == CONSUMER ? COMPANY : CONSUMER;
    }
}
