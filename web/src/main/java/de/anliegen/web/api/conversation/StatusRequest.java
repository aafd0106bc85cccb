package de.anliegen.web.api.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the request stands: {@code open}, {@code waiting_for_consumer} or {@code resolved}. */
public record StatusRequest(@NotNull @Size(max = 30) String status) {}
