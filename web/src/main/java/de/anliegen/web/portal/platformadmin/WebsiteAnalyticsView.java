package de.anliegen.web.portal.platformadmin;

import de.anliegen.platform.json.Jsonp;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.privacy.boundary.PageViews;
import de.anliegen.privacy.boundary.PageViews.DailyViews;
import de.anliegen.privacy.boundary.StatisticsPeriod;
import de.anliegen.web.portal.Charts;
import de.anliegen.web.portal.PortalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The public website's page views per page and day, counted first-party with the visitors' consent, for a period the
 * platform admin chooses: the last 7, 30, 90 or 365 days, or any days up to a year (the address names it, {@code
 * ?from=2026-11-01&to=2026-11-30}, so that it can be kept and shared). A period that cannot be shown says why and shows
 * the last 30 days. Kept for the view: the table's pages and the language switch are postbacks, which the address's
 * reading does not run again.
 */
@Named
@ViewScoped
public class WebsiteAnalyticsView implements Serializable {

    static final int DAYS = 30;
    static final List<Integer> PRESETS = List.of(7, 30, 90, 365);
    private static final List<String> COLOURS =
            List.of("#0b5cad", "#1d6b35", "#a4262c", "#7a4d00", "#5b3c8c", "#00696b", "#4d5668");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    PageViews pageViews;

    @Inject
    PortalMessages portalMessages;

    private String from;
    private String to;
    private LocalDate today;
    private StatisticsPeriod period;
    private List<DailyViews> daily;

    /** Reads the period named by the address, or the last 30 days. */
    public void load() {
        today = pageViews.today();
        period = StatisticsPeriod.last(DAYS, today);
        if (from != null || to != null) {
            try {
                period = StatisticsPeriod.of(day(from, "from"), day(to, "to"), today);
            } catch (Invalid e) {
                portalMessages.problem(e, null);
            }
        }
        from = period.from().toString();
        to = period.to().toString();
        daily = pageViews.daily(period);
    }

    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(StatisticsPeriod.INVALID, field, "A day is written 2026-11-30.");
        }
    }

    /** The ready-made periods: the last 7, 30, 90 and 365 days, each with whether it is the one shown. */
    public List<Preset> getPresets() {
        return PRESETS.stream()
                .map(days -> {
                    var preset = StatisticsPeriod.last(days, today);
                    return new Preset(
                            days, preset.from().toString(), preset.to().toString(), preset.equals(period));
                })
                .toList();
    }

    /** A ready-made period, as a link names it. */
    public record Preset(int days, String from, String to, boolean shown) {}

    /** Newest day first, for the table beside the chart. */
    public List<DailyViews> getRows() {
        return daily.stream()
                .sorted(Comparator.comparing(DailyViews::day).reversed().thenComparing(DailyViews::page))
                .toList();
    }

    public long getTotal() {
        return daily.stream().mapToLong(DailyViews::views).sum();
    }

    public StatisticsPeriod getPeriod() {
        return period;
    }

    /** The period's first day, as the page writes days. */
    public String getFirstDay() {
        return SHOWN.format(period.from());
    }

    public String getLastDay() {
        return SHOWN.format(period.to());
    }

    /** The last day one can choose: today. */
    public String getToday() {
        return today.toString();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** A Chart.js line chart: one line per page, one point per day of the period (0 where nobody came). */
    public String getChart() {
        var labels = Jsonp.PROVIDER.createArrayBuilder();
        for (var day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            labels.add(DAY.format(day));
        }
        var datasets = Jsonp.PROVIDER.createArrayBuilder();
        var byPage = daily.stream()
                .collect(Collectors.groupingBy(
                        DailyViews::page, TreeMap::new, Collectors.toMap(DailyViews::day, DailyViews::views)));
        var colour = 0;
        for (var page : byPage.entrySet()) {
            var points = Jsonp.PROVIDER.createArrayBuilder();
            for (var day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                points.add(page.getValue().getOrDefault(day, 0L));
            }
            var line = COLOURS.get(colour++ % COLOURS.size());
            datasets.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("label", page.getKey())
                    .add("data", points)
                    .add("borderColor", line)
                    .add("backgroundColor", line)
                    .add("tension", 0.2));
        }
        return Charts.counts("line", labels, datasets);
    }
}
