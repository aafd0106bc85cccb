package de.anliegen.conversation.boundary;

/**
 * An event on its way to the sockets of one stream: {@code seq} is its number in the stream (0 for what is not kept,
 * such as typing), {@code json} what the socket sends.
 */
public record StreamMessage(String streamKey, long seq, String json) {}
