package de.anliegen.web.portal;

import de.anliegen.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Points in time as the staff read them: German time, in the page's language. */
@Named
@ApplicationScoped
public class Times {

    public String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(Clocks.GERMANY)
                .format(instant);
    }
}
