package de.anliegen.conversation.entity;

/** Where a service request stands. Only the consumer closes one; a closed request takes no more messages. */
public enum Status {
    OPEN,
    WAITING_FOR_CONSUMER,
    RESOLVED,
    CLOSED
}
