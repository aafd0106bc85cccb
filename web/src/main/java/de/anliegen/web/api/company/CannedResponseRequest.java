package de.anliegen.web.api.company;

import de.anliegen.company.boundary.CannedResponses;
import de.anliegen.web.api.MostCharacters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A canned response's title (unique in the company, up to 100 characters) and text (up to 4,000). */
public record CannedResponseRequest(
        @Schema(maxLength = CannedResponses.MOST_TITLE_CHARACTERS)
        @MostCharacters(CannedResponses.MOST_TITLE_CHARACTERS)
        String title,

        @Schema(maxLength = CannedResponses.MOST_CHARACTERS) @MostCharacters(CannedResponses.MOST_CHARACTERS)
        String text) {}
