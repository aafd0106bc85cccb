package de.anliegen.privacy.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A consumer's consent to one purpose now: whether given, to which version of the wording, when and through which
 * channel ({@code app}, {@code connection}, or a written {@code letter} / {@code e-mail} the data protection officer
 * recorded); {@code decidedAt} is null while they never decided. The current wording comes along to show.
 */
public record ConsentView(
        @NotNull String purpose,
        @NotNull boolean granted,
        String version,
        Instant decidedAt,
        String channel,
        @NotNull String currentVersion,
        @NotNull Map<String, String> wording)
        implements Serializable {}
