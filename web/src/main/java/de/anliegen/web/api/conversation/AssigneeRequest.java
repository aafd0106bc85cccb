package de.anliegen.web.api.conversation;

/** The agent (staff account id) to work on the request; {@code null} for no one. */
public record AssigneeRequest(Long agentId) {}
