package de.anliegen.web.portal.companyadmin;

import de.anliegen.identity.boundary.Invitation;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.identity.boundary.StaffMember;
import de.anliegen.identity.boundary.StaffTeam;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A team of staff accounts and its invitations: a company's (for its company admins) or the platform's own (for
 * platform admins); the boundary decides which by the caller.
 */
@Named
@ViewScoped
public class TeamView implements Serializable {

    @Inject
    StaffTeam team;

    @Inject
    PortalMessages messages;

    private List<StaffMember> members;
    private List<String> offeredRoles;
    private String email;
    private String displayName;
    private List<String> roles = new ArrayList<>();

    @PostConstruct
    void load() {
        offeredRoles = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.COMPANY_ADMIN)
                ? List.of(Roles.AGENT, Roles.COMPANY_ADMIN)
                : List.of(Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER);
        members = team.members();
    }

    public void invite() {
        try {
            var invited = team.invite(new Invitation(email, displayName, Set.copyOf(roles), null));
            messages.info("portal.team.invited", invited.email());
            email = null;
            displayName = null;
            roles = new ArrayList<>();
            members = team.members();
        } catch (ProblemException e) {
            messages.problemIn("team", e, Map.of("displayName", "name"));
        }
    }

    public void deactivate(long id) {
        act(team::deactivate, id, "portal.team.deactivated");
    }

    public void reactivate(long id) {
        act(team::reactivate, id, "portal.team.reactivated");
    }

    public void resetPassword(long id) {
        act(team::resetPassword, id, "portal.team.reset");
    }

    /** The invitation again, while it waits (a new link; a password reset is what sends it). */
    public void reinvite(long id) {
        act(team::resetPassword, id, "portal.team.reinvited");
    }

    private void act(Function<StaffAccountId, StaffMember> action, long id, String doneKey) {
        try {
            var member = action.apply(new StaffAccountId(id));
            messages.info(doneKey, member.email());
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
        members = team.members();
    }

    public List<StaffMember> getMembers() {
        return members;
    }

    public List<String> getOfferedRoles() {
        return offeredRoles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
