package de.anliegen.conversation.boundary;

/**
 * A consumer opens a service request to a company they are connected with. {@code requestId} is chosen by the app
 * (a UUID): the same id again answers the conversation opened the first time.
 */
public record OpenConversation(String company, String subject, String text, String requestId) {}
