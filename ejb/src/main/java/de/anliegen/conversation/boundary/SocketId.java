package de.anliegen.conversation.boundary;

/** Which open stream socket: the row that records it while it is open, so that presence and sweeps can see it. */
public record SocketId(long value) {}
