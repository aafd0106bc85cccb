package de.anliegen.conversation.boundary;

import java.util.List;

/** What a transaction recorded for the streams, and the push notifications it calls for; sent once it commits. */
public record Recorded(List<StreamMessage> messages, List<PushNotice> pushes) {}
