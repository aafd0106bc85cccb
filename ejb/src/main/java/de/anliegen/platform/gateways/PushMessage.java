package de.anliegen.platform.gateways;

/**
 * A notification for a consumer's apps: a title, a line of text, and where in the app it leads; the conversation's
 * subject only for devices that show previews. No message content.
 */
public record PushMessage(long consumerId, String title, String body, String link, String subject) {}
