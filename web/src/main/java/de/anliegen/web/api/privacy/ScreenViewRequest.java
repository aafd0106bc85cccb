package de.anliegen.web.api.privacy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code {"screen": "companies"}}: one of the app's screens that product analytics counts. */
public record ScreenViewRequest(@NotNull @Size(max = 30) String screen) {}
