package de.anliegen.notification.boundary;

/** Notifications were queued for sending; once their transaction commits, the sender goes through the queue. */
public record PushesQueued(int count) {}
