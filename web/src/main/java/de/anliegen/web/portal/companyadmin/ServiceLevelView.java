package de.anliegen.web.portal.companyadmin;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.ServiceHours;
import de.anliegen.company.boundary.ServiceLevel;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;

/**
 * The first response a company promises, as its admins set it: within so many hours and minutes of its working hours,
 * one span per weekday (a day without one is closed; no day at all: the time counts around the clock).
 */
@Named
@ViewScoped
public class ServiceLevelView implements Serializable {

    /** What the form offers before anyone chose: four hours, weekdays from 8 to 18. */
    static final int SUGGESTED_HOURS = 4;

    static final LocalTime SUGGESTED_OPENS = LocalTime.of(8, 0);
    static final LocalTime SUGGESTED_CLOSES = LocalTime.of(18, 0);

    @Inject
    Companies companies;

    @Inject
    PortalMessages messages;

    private boolean promised;
    private Integer hours;
    private Integer minutes;
    private final List<Day> days = new ArrayList<>();

    @PostConstruct
    void load() {
        var level = companies.serviceLevel();
        promised = level.firstResponseMinutes() != null;
        hours = promised ? level.firstResponseMinutes() / 60 : SUGGESTED_HOURS;
        minutes = promised ? level.firstResponseMinutes() % 60 : 0;
        var set = !level.hours().isEmpty() || promised;
        for (var day : DayOfWeek.values()) {
            var span = level.hours().days().get(day);
            var weekday = day.getValue() <= 5;
            days.add(new Day(
                    day,
                    span != null || (!set && weekday),
                    span != null ? span.opens().toString() : SUGGESTED_OPENS.toString(),
                    span != null ? span.closes().toString() : SUGGESTED_CLOSES.toString()));
        }
    }

    public void save() {
        try {
            var spans = new EnumMap<DayOfWeek, ServiceHours.Span>(DayOfWeek.class);
            for (var day : days) {
                if (day.isOpen()) {
                    spans.put(day.day, ServiceHours.span(time(day.opens), time(day.closes), "serviceHours"));
                }
            }
            var total = promised
                    ? ServiceLevel.firstResponseMinutes(
                            Objects.requireNonNullElse(hours, 0), Objects.requireNonNullElse(minutes, 0))
                    : null;
            companies.promiseFirstResponse(total, new ServiceHours(spans));
            messages.info("portal.serviceLevel.saved");
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
    }

    private static LocalTime time(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid("invalid-service-hours", "serviceHours", "A time is written 08:30.");
        }
    }

    public boolean isPromised() {
        return promised;
    }

    public void setPromised(boolean promised) {
        this.promised = promised;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<Day> getDays() {
        return days;
    }

    /** One weekday of the form: open or not, from when to when ("08:00"). */
    public static final class Day implements Serializable {

        private final DayOfWeek day;
        private boolean open;
        private String opens;
        private String closes;

        Day(DayOfWeek day, boolean open, String opens, String closes) {
            this.day = day;
            this.open = open;
            this.opens = opens;
            this.closes = closes;
        }

        /** The weekday's name in the page's language. */
        public String getName() {
            return day.getDisplayName(
                    TextStyle.FULL,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }
}
