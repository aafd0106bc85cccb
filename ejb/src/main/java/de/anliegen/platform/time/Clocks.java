package de.anliegen.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the product; tests replace it to move time. And the one time zone of days and dates people see. */
@ApplicationScoped
public class Clocks {

    /** Days (figures, retention, the nightly jobs' hour) and dates shown are Germany's, where the service is. */
    public static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
