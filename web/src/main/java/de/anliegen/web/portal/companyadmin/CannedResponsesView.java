package de.anliegen.web.portal.companyadmin;

import de.anliegen.company.boundary.CannedResponseId;
import de.anliegen.company.boundary.CannedResponseView;
import de.anliegen.company.boundary.CannedResponses;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The company's canned responses, written by its admins: add, edit, remove. */
@Named
@ViewScoped
public class CannedResponsesView implements Serializable {

    @Inject
    CannedResponses cannedResponses;

    @Inject
    PortalMessages messages;

    private List<CannedResponseView> responses;
    private Long editing;
    private String title;
    private String text;

    @PostConstruct
    void load() {
        responses = cannedResponses.list();
    }

    public void edit(CannedResponseView response) {
        editing = response.id();
        title = response.title();
        text = response.text();
    }

    public void startNew() {
        editing = null;
        title = null;
        text = null;
    }

    public void save() {
        try {
            if (editing == null) {
                cannedResponses.add(title, text);
            } else {
                cannedResponses.change(new CannedResponseId(editing), title, text);
            }
            messages.info("portal.canned.saved", title);
            startNew();
            load();
        } catch (NotFound gone) {
            // removed meanwhile (in another tab): what was typed stays, to be saved as a new one
            messages.problem(gone, null);
            editing = null;
            load();
        } catch (ProblemException e) {
            messages.problemIn("canned", e);
        }
    }

    public void remove(long id) {
        try {
            cannedResponses.remove(new CannedResponseId(id));
            messages.info("portal.canned.removed");
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
        if (Objects.equals(editing, id)) {
            startNew();
        }
        load();
    }

    public List<CannedResponseView> getResponses() {
        return responses;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
