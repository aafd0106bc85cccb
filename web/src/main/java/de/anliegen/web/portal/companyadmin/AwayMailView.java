package de.anliegen.web.portal.companyadmin;

import de.anliegen.company.boundary.Companies;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

/**
 * Whether the agent a request is assigned to is mailed when a consumer's message waits while no one of the company is
 * in the portal, and after how many minutes; as the company's admins set it.
 */
@Named
@ViewScoped
public class AwayMailView implements Serializable {

    /** What the form offers before anyone chose. */
    static final int SUGGESTED_MINUTES = 30;

    @Inject
    Companies companies;

    @Inject
    PortalMessages messages;

    private boolean on;
    private Integer minutes;

    @PostConstruct
    void load() {
        var set = companies.awayMailMinutes();
        on = set.isPresent();
        minutes = set.orElse(SUGGESTED_MINUTES);
    }

    public void save() {
        try {
            // switched on without minutes is refused like any minutes out of range
            companies.mailWhenAway(on ? Objects.requireNonNullElse(minutes, 0) : null);
            messages.info("portal.away.saved");
        } catch (ProblemException e) {
            messages.problem(e, "away:minutes");
        }
    }

    public boolean isOn() {
        return on;
    }

    public void setOn(boolean on) {
        this.on = on;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
