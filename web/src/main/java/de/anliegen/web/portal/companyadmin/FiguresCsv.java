package de.anliegen.web.portal.companyadmin;

import de.anliegen.conversation.boundary.CompanyFigures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The dashboard's figures as a spreadsheet reads them: CSV (RFC 4180: commas, CRLF, quotes where a cell needs them),
 * UTF-8 with a byte order mark so that spreadsheet programs show umlauts. One row per day (opened, resolved), then
 * the period's total with its medians (in minutes), its rating and its promised and missed first responses; headings in
 * the portal's language.
 */
final class FiguresCsv {

    /** What spreadsheet programs take as the mark of UTF-8. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private FiguresCsv() {}

    /** The CSV of the figures; {@code label} gives a heading by its message key. */
    static String of(CompanyFigures figures, Function<String, String> label) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(
                label.apply("portal.dashboard.csv.date"),
                label.apply("portal.dashboard.opened"),
                label.apply("portal.dashboard.resolved"),
                label.apply("portal.dashboard.csv.firstResponseMinutes"),
                label.apply("portal.dashboard.csv.resolutionMinutes"),
                label.apply("portal.dashboard.csv.averageRating"),
                label.apply("portal.dashboard.csv.ratings"),
                label.apply("portal.dashboard.csv.firstResponsesPromised"),
                label.apply("portal.dashboard.csv.firstResponsesMissed")));
        for (var day : figures.days()) {
            rows.add(List.of(
                    day.date().toString(),
                    String.valueOf(day.opened()),
                    String.valueOf(day.resolved()),
                    "",
                    "",
                    "",
                    "",
                    "",
                    ""));
        }
        rows.add(List.of(
                label.apply("portal.dashboard.csv.total"),
                String.valueOf(figures.opened()),
                String.valueOf(figures.resolved()),
                minutes(figures.medianFirstResponse()),
                minutes(figures.medianResolution()),
                figures.averageRating() == null ? "" : String.format(Locale.ROOT, "%.2f", figures.averageRating()),
                String.valueOf(figures.ratings()),
                String.valueOf(figures.promisedFirstResponses()),
                String.valueOf(figures.missedFirstResponses())));
        var csv = new StringBuilder(BYTE_ORDER_MARK);
        for (var row : rows) {
            csv.append(String.join(",", row.stream().map(FiguresCsv::cell).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String minutes(Duration duration) {
        return duration == null ? "" : String.valueOf(duration.toMinutes());
    }

    /** A cell as RFC 4180 writes it: quoted, with its quotes doubled, where it holds a comma, quote or line break. */
    static String cell(String value) {
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
