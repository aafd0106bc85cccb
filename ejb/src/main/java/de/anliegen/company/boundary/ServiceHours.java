package de.anliegen.company.boundary;

import de.anliegen.platform.problems.Invalid;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When a company answers: per weekday one span of the day (opens, closes), the other days closed; in German time. It
 * tells when a promised working time after a moment ends ({@link #after}): a first response due within four working
 * hours of a request on Friday at 17:00 is due on Monday at 11:00 when the company works from 8 to 18 on weekdays.
 * Kept as text, one span a day: {@code MON 08:00-18:00,TUE 08:00-18:00}.
 */
public record ServiceHours(Map<DayOfWeek, Span> days) implements Serializable {

    private static final Pattern DAY = Pattern.compile("([A-Z]{3}) (\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    /** The hours of a day: from {@code opens} to {@code closes}, the first before the second. */
    public record Span(LocalTime opens, LocalTime closes) implements Serializable {}

    public ServiceHours {
        days = Map.copyOf(days);
    }

    /**
     * A day's span, refused with a reason when it closes before it opens, or when a time has seconds: the hours are
     * kept to the minute ({@link #text}), and a time kept with seconds could not be read back.
     */
    public static Span span(LocalTime opens, LocalTime closes, String field) {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new Invalid("invalid-service-hours", field, "A day's hours close after they open.");
        }
        if (!isToTheMinute(opens) || !isToTheMinute(closes)) {
            throw new Invalid("invalid-service-hours", field, "A time is written 08:30, without seconds.");
        }
        return new Span(opens, closes);
    }

    private static boolean isToTheMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }

    /** The hours as kept ({@link #text}); none for null or empty text. */
    public static ServiceHours parse(String text) {
        var days = new EnumMap<DayOfWeek, Span>(DayOfWeek.class);
        if (text != null && !text.isBlank()) {
            for (var part : text.split(",")) {
                var matcher = DAY.matcher(part.strip());
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("Not service hours: " + text);
                }
                days.put(
                        day(matcher.group(1)),
                        span(LocalTime.parse(matcher.group(2)), LocalTime.parse(matcher.group(3)), "serviceHours"));
            }
        }
        return new ServiceHours(days);
    }

    /** The hours as they are kept, Monday first. */
    public String text() {
        var parts = new ArrayList<String>();
        for (var day : DayOfWeek.values()) {
            var span = days.get(day);
            if (span != null) {
                parts.add(day.name().substring(0, 3) + " " + span.opens() + "-" + span.closes());
            }
        }
        return String.join(",", parts);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /**
     * The moment when {@code working} time of the company's hours has passed after {@code from}: only the time within
     * the hours counts. Without any hours, the time counts around the clock.
     */
    public Instant after(Instant from, Duration working, ZoneId zone) {
        if (days.isEmpty()) {
            return from.plus(working);
        }
        var left = working;
        var at = ZonedDateTime.ofInstant(from, zone);
        // a week has at least one open day: the loop ends within the weeks the working time needs
        while (true) {
            var span = days.get(at.getDayOfWeek());
            if (span != null) {
                var opens = at.with(span.opens());
                var closes = at.with(span.closes());
                var start = at.isBefore(opens) ? opens : at;
                if (start.isBefore(closes)) {
                    var available = Duration.between(start, closes);
                    if (available.compareTo(left) >= 0) {
                        return start.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            at = at.toLocalDate().plusDays(1).atStartOfDay(zone);
        }
    }

    private static DayOfWeek day(String abbreviation) {
        for (var day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equals(abbreviation.toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException("No weekday " + abbreviation);
    }
}
