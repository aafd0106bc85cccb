package de.anliegen.web.portal.companyadmin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.conversation.boundary.CompanyFigures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresCsvTest {

    @Test
    void a_row_per_day_then_the_total_with_its_medians_in_minutes_its_rating_and_its_first_responses() {
        var figures = new CompanyFigures(
                3,
                5,
                4,
                Duration.ofMinutes(42),
                Duration.ofHours(26),
                4.5,
                2,
                1,
                3,
                1,
                List.of(
                        new CompanyFigures.Day(LocalDate.of(2026, 12, 4), 2, 1),
                        new CompanyFigures.Day(LocalDate.of(2026, 12, 5), 3, 3)));

        var csv = FiguresCsv.of(figures, key -> key.substring(key.lastIndexOf('.') + 1));

        assertEquals(
                FiguresCsv.BYTE_ORDER_MARK
                        + "date,opened,resolved,firstResponseMinutes,resolutionMinutes,averageRating,ratings,"
                        + "firstResponsesPromised,firstResponsesMissed\r\n"
                        + "2026-12-04,2,1,,,,,,\r\n"
                        + "2026-12-05,3,3,,,,,,\r\n"
                        + "total,5,4,42,1560,4.50,2,3,1\r\n",
                csv);
    }

    @Test
    void a_period_without_answers_or_ratings_leaves_those_cells_empty() {
        var figures = new CompanyFigures(0, 0, 0, null, null, null, 0, 0, 0, 0, List.of());

        var csv = FiguresCsv.of(figures, key -> "x");

        assertEquals(FiguresCsv.BYTE_ORDER_MARK + "x,x,x,x,x,x,x,x,x\r\nx,0,0,,,,0,0,0\r\n", csv);
    }

    @Test
    void a_cell_with_a_comma_quote_or_line_break_is_quoted() {
        assertEquals("Erledigt", FiguresCsv.cell("Erledigt"));
        assertEquals("\"Median, Minuten\"", FiguresCsv.cell("Median, Minuten"));
        assertEquals("\"sagt \"\"ja\"\"\"", FiguresCsv.cell("sagt \"ja\""));
        assertEquals("\"zwei\nZeilen\"", FiguresCsv.cell("zwei\nZeilen"));
    }
}
