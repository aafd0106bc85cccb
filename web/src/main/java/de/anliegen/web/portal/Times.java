package de.anliegen.web.portal;

import de.anliegen.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Points in time and durations as the staff read them: German time, in the page's language. */
@Named
@ApplicationScoped
public class Times {

    @Inject
    PortalMessages messages;

    @Inject
    Clock clock;

    public String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(Clocks.GERMANY)
                .format(instant);
    }

    /** A duration as people read it: minutes, hours or days; a dash when there is none. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        if (duration.toMinutes() < 120) {
            return messages.text("portal.dashboard.minutes", Math.max(1, duration.toMinutes()));
        }
        if (duration.toHours() < 48) {
            return messages.text("portal.dashboard.hours", duration.toHours());
        }
        return messages.text("portal.dashboard.days", duration.toDays());
    }

    /** How long ago a moment was, as {@link #duration} writes it; empty for none. */
    public String since(Instant instant) {
        return instant == null ? "" : duration(Duration.between(instant, clock.instant()));
    }
}
