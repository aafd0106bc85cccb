package de.anliegen.web.portal.dpo;

import de.anliegen.identity.boundary.DataSubject;
import de.anliegen.identity.boundary.DataSubjects;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.platform.time.Clocks;
import de.anliegen.privacy.boundary.CaseView;
import de.anliegen.privacy.boundary.DataSubjectCases;
import de.anliegen.privacy.boundary.NewCase;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The data protection officer's workspace: the cases, most urgent first; a written request recorded as a new case
 * for the person found from the letter; and the check of the whole audit trail.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    @Inject
    DataSubjectCases cases;

    @Inject
    PortalMessages messages;

    @Inject
    Clock clock;

    private List<CaseView> all;
    private String query;
    private List<DataSubject> found = List.of();
    private Long consumerId;
    private String kind = "access";
    private String channel = "letter";
    private LocalDate receivedOn;
    private String notes;
    private String verification;
    private boolean verificationIntact;

    @PostConstruct
    void load() {
        all = cases.all();
        receivedOn = LocalDate.now(clock.withZone(Clocks.GERMANY));
    }

    public void search() {
        consumerId = null;
        try {
            var result = cases.find(query);
            found = result.subjects();
            if (result.more()) {
                messages.info("portal.dpo.found.more", DataSubjects.MOST_FOUND);
            }
            if (found.isEmpty()) {
                messages.error("portal.dpo.nobody", query);
            } else if (found.size() == 1) {
                consumerId = found.get(0).id();
            }
        } catch (ProblemException e) {
            found = List.of();
            messages.problem(e, null);
        }
    }

    public void choose(long id) {
        consumerId = id;
    }

    public String record() {
        try {
            var opened = cases.open(new NewCase(consumerId, kind, channel, receivedOn, notes));
            return "/portal/dpo/case?faces-redirect=true&id=" + opened.id();
        } catch (ProblemException e) {
            messages.problem(e, null);
            return null;
        }
    }

    public void verify() {
        var result = cases.verify();
        verificationIntact = result.intact();
        verification = result.intact()
                ? messages.text("portal.dpo.verified", result.checked(), result.lastHash())
                : messages.text(
                        "portal.dpo.broken",
                        result.brokenAt(),
                        messages.textOr("portal.dpo.broken." + result.problem(), result.problem()));
    }

    /** The last verification's result, shown beside its button. */
    public String getVerification() {
        return verification;
    }

    public boolean isVerificationIntact() {
        return verificationIntact;
    }

    public List<CaseView> getAll() {
        return all;
    }

    public List<DataSubject> getFound() {
        return found;
    }

    public List<String> getKinds() {
        return DataSubjectCases.KINDS.stream().sorted().toList();
    }

    public List<String> getChannels() {
        return DataSubjectCases.CHANNELS.stream().sorted().toList();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getConsumerId() {
        return consumerId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
