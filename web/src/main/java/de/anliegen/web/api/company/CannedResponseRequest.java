package de.anliegen.web.api.company;

import jakarta.validation.constraints.Size;

/** A canned response's title (unique in the company, up to 100 characters) and text (up to 4,000). */
public record CannedResponseRequest(
        @Size(max = 200) String title, @Size(max = 8_000) String text) {}
