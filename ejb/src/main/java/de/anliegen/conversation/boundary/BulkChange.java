package de.anliegen.conversation.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One change to several requests at once, all or none: a {@code status} an agent sets, an assignee ({@code assign}
 * true: to {@code agentId}, or to no one when it is null), a tag to add ({@code addTag}); what is null stays as it is.
 */
public record BulkChange(@NotNull List<Long> ids, String status, Boolean assign, Long agentId, String addTag) {}
