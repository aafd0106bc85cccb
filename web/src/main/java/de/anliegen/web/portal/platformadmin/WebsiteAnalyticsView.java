package de.anliegen.web.portal.platformadmin;

import de.anliegen.platform.json.Jsonp;
import de.anliegen.platform.time.Clocks;
import de.anliegen.privacy.boundary.PageViews;
import de.anliegen.privacy.boundary.PageViews.DailyViews;
import de.anliegen.web.portal.Charts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The public website's page views per page and day, counted first-party with the visitors' consent. */
@Named
@RequestScoped
public class WebsiteAnalyticsView {

    static final int DAYS = 30;
    private static final List<String> COLOURS =
            List.of("#0b5cad", "#1d6b35", "#a4262c", "#7a4d00", "#5b3c8c", "#00696b", "#4d5668");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");

    @Inject
    PageViews pageViews;

    @Inject
    Clock clock;

    private List<DailyViews> daily;

    @PostConstruct
    void load() {
        daily = pageViews.daily(DAYS);
    }

    /** Newest day first, for the table beside the chart. */
    public List<DailyViews> getRows() {
        return daily.stream()
                .sorted(Comparator.comparing(DailyViews::day).reversed().thenComparing(DailyViews::page))
                .toList();
    }

    public long getTotal() {
        return daily.stream().mapToLong(DailyViews::views).sum();
    }

    public int getDays() {
        return DAYS;
    }

    /** A Chart.js line chart: one line per page, one point per day of the period (0 where nobody came). */
    public String getChart() {
        var today = daily.isEmpty()
                ? LocalDate.now(clock.withZone(Clocks.GERMANY))
                : daily.get(daily.size() - 1).day();
        var first = today.minusDays(DAYS - 1L);
        var labels = Jsonp.PROVIDER.createArrayBuilder();
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            labels.add(DAY.format(day));
        }
        var datasets = Jsonp.PROVIDER.createArrayBuilder();
        var byPage = daily.stream()
                .collect(Collectors.groupingBy(
                        DailyViews::page, TreeMap::new, Collectors.toMap(DailyViews::day, DailyViews::views)));
        var colour = 0;
        for (var page : byPage.entrySet()) {
            var points = Jsonp.PROVIDER.createArrayBuilder();
            for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
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
