package de.anliegen.web.portal.companyadmin;

import de.anliegen.conversation.boundary.CompanyFigures;
import de.anliegen.conversation.boundary.ServiceFigures;
import de.anliegen.platform.json.Jsonp;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.platform.time.Clocks;
import de.anliegen.web.portal.Charts;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The company admins' dashboard: how the service went over a chosen period, with a chart per day. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    @Inject
    ServiceFigures serviceFigures;

    @Inject
    PortalMessages messages;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private CompanyFigures figures;

    @PostConstruct
    void init() {
        to = LocalDate.now(clock.withZone(Clocks.GERMANY));
        from = to.minusDays(29);
        show();
    }

    public void show() {
        try {
            figures = serviceFigures.ofMyCompany(from, to);
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
    }

    /** The chart (Chart.js configuration, drawn by PrimeFaces): requests opened and resolved per day. */
    public String getChart() {
        var labels = Jsonp.PROVIDER.createArrayBuilder();
        var opened = Jsonp.PROVIDER.createArrayBuilder();
        var resolved = Jsonp.PROVIDER.createArrayBuilder();
        for (var day : figures.days()) {
            labels.add(day.date().toString());
            opened.add(day.opened());
            resolved.add(day.resolved());
        }
        return Charts.counts(
                "bar",
                labels,
                Jsonp.PROVIDER
                        .createArrayBuilder()
                        .add(Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("label", messages.text("portal.dashboard.opened"))
                                .add("backgroundColor", "#0b5cad")
                                .add("data", opened))
                        .add(Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("label", messages.text("portal.dashboard.resolved"))
                                .add("backgroundColor", "#1d6b35")
                                .add("data", resolved)));
    }

    /**
     * The figures of the chosen period as a CSV file, counted anew for the dates the form sent; none, and the reason on
     * the page, for a period the figures refuse.
     */
    public StreamedContent getCsv() {
        CompanyFigures chosen;
        try {
            chosen = serviceFigures.ofMyCompany(from, to);
        } catch (ProblemException e) {
            messages.problem(e, null);
            return null;
        }
        var csv = FiguresCsv.of(chosen, key -> messages.text(key)).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("anliegen-" + from + "-" + to + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public CompanyFigures getFigures() {
        return figures;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
