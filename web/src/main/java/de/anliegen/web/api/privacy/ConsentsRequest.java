package de.anliegen.web.api.privacy;

import de.anliegen.privacy.boundary.Decision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code {"consents": [{"purpose": "marketing", "granted": false, "version": "2026-11-25"}]}} */
public record ConsentsRequest(
        @NotNull @Size(min = 1, max = 10) List<@NotNull Decision> consents) {}
