package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.UnreadCount;
import de.anliegen.identity.boundary.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The unread count in the portal's navigation and the tab's title ("(3) Posteingang"), for agents and company
 * admins; read once per page. The inbox pages keep it current as their live channel tells of changes (portal.js,
 * {@link UnreadServlet}).
 */
@Named("unread")
@RequestScoped
public class UnreadView {

    @Inject
    Conversations conversations;

    private UnreadCount count;

    /** "3", "99+", or empty while nothing waits (or the caller has no inbox). */
    public String getLabel() {
        var unread = count();
        if (unread == null || unread.count() == 0) {
            return "";
        }
        return unread.count() + (unread.more() ? "+" : "");
    }

    /** What the tab's title begins with: "(3) ", or nothing. */
    public String getTitlePrefix() {
        var label = getLabel();
        return label.isEmpty() ? "" : "(" + label + ") ";
    }

    private UnreadCount count() {
        if (count == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            if (external.isUserInRole(Roles.AGENT) || external.isUserInRole(Roles.COMPANY_ADMIN)) {
                count = conversations.unread();
            }
        }
        return count;
    }
}
