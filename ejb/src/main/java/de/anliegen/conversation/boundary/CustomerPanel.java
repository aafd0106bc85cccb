package de.anliegen.conversation.boundary;

import de.anliegen.privacy.boundary.ConsentView;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The customer beside a request, as far as the company may know them: since when they are connected, their consent
 * to the company's answering their requests (whether, since when, to which wording, through which channel), and
 * their other requests to the company, the latest {@value Conversations#OTHERS_SHOWN} of {@code otherCount}.
 */
public record CustomerPanel(
        @NotNull Instant connectedAt,
        @NotNull ConsentView consent,
        @NotNull List<OtherRequest> others,
        @NotNull long otherCount)
        implements Serializable {}
