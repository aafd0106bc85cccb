package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Why a change of several requests at once was refused, in words that name the requests it concerns: a change is all
 * or none, so the agent must know which rows to take out of the selection. Empty for a refusal that names no row.
 */
record BulkRefusal(String messageKey, List<String> subjects) {

    /** The refusals of the boundary that a row of the selection causes, with the rows that cause them. */
    private static final Map<String, Map.Entry<String, Predicate<ConversationView>>> BY_TYPE = Map.of(
            "conversation-closed",
            Map.entry("portal.inbox.bulk.closed", row -> ConversationView.CLOSED.equals(row.status())),
            "consumer-restricted",
            Map.entry("portal.inbox.bulk.restricted", ConversationView::consumerRestricted));

    static Optional<BulkRefusal> of(String problemType, List<ConversationView> selected) {
        var known = BY_TYPE.get(problemType);
        if (known == null) {
            return Optional.empty();
        }
        var subjects = selected.stream()
                .filter(known.getValue())
                .map(ConversationView::subject)
                .toList();
        return subjects.isEmpty() ? Optional.empty() : Optional.of(new BulkRefusal(known.getKey(), subjects));
    }
}
