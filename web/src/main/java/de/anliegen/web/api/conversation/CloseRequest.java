package de.anliegen.web.api.conversation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Closing a request, with a rating from 1 to 5 and a comment when the company resolved it. */
public record CloseRequest(
        @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {}
