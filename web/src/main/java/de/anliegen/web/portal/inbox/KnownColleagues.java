package de.anliegen.web.portal.inbox;

import de.anliegen.identity.boundary.StaffAccountView;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The company's active staff as an open page knows them. Inbox and thread stay open for hours with live updates, so a
 * request may come to name a colleague who joined since: the page then reads its colleagues anew, once for each id it
 * has not met, and an id still missing after that is someone no longer active.
 */
final class KnownColleagues implements Serializable {

    private List<StaffAccountView> active;
    private final Set<Long> looked = new HashSet<>();

    KnownColleagues(List<StaffAccountView> active) {
        this.active = List.copyOf(active);
    }

    List<StaffAccountView> active() {
        return active;
    }

    /** The active colleague with this id, the colleagues read anew if the page has not met it yet. */
    Optional<StaffAccountView> find(long id, Supplier<List<StaffAccountView>> readAgain) {
        var found = among(id);
        if (found.isEmpty() && looked.add(id)) {
            active = List.copyOf(readAgain.get());
            found = among(id);
        }
        return found;
    }

    private Optional<StaffAccountView> among(long id) {
        return active.stream().filter(colleague -> colleague.id() == id).findFirst();
    }
}
