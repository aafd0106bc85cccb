package de.anliegen.privacy.boundary;

import java.time.LocalDate;

/**
 * A written request as the data protection officer records it: the consumer found from the letter, the kind
 * ({@code access}, {@code rectification}, {@code restriction}, {@code erasure}, {@code consent-withdrawal}), the channel
 * ({@code letter} or {@code e-mail}), the day it was received, and notes.
 */
public record NewCase(Long consumerId, String kind, String channel, LocalDate receivedOn, String notes) {}
