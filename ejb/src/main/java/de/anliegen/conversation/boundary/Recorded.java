package de.anliegen.conversation.boundary;

import java.util.List;

/** What is sent to sockets at once, never kept (typing), once the transaction that asked for it commits. */
public record Recorded(List<StreamMessage> messages) {}
