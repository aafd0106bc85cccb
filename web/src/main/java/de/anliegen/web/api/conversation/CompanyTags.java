package de.anliegen.web.api.conversation;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The tags the company's requests have, alphabetically: what an inbox offers to filter by. */
public record CompanyTags(@NotNull List<String> tags) {}
