package de.anliegen.platform.problems;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Optional;

/**
 * A failure the caller can understand and act on. The web layer maps each kind once to RFC 9457 problem details;
 * the EJB container passes it through unwrapped and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ProblemException extends RuntimeException {

    private final String type;

    protected ProblemException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    /** A short, stable slug naming what went wrong, for example {@code not-found}. */
    public String type() {
        return type;
    }

    /** The HTTP status that fits. */
    public abstract int status();

    /** When trying again makes sense, if the problem says so (429, 503). */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
