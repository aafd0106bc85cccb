package de.anliegen.platform.problems;

import java.time.Duration;
import java.util.Optional;

/** The caller asked too often; it may try again after the given time. */
public class TooManyRequests extends ProblemException {

    private final Duration retryAfter;

    public TooManyRequests(String detail, Duration retryAfter) {
        super("too-many-requests", detail);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
