package de.anliegen.web.api.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Up to which message (its seq) the caller's side has received or read. */
public record MarkerRequest(@NotNull @PositiveOrZero Long upTo) {}
