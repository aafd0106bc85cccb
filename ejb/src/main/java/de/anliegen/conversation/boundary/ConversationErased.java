package de.anliegen.conversation.boundary;

import de.anliegen.identity.boundary.CompanyId;

/**
 * A conversation erased with its consumer, as each server node hears of it once the erasure has committed: the pages
 * of its company open on it drop it. No stream event can say so, since the conversation and its events are gone.
 */
public record ConversationErased(CompanyId company, ConversationId conversation) {}
