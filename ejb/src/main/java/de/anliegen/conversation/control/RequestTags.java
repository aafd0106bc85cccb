package de.anliegen.conversation.control;

import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.ConversationTag;
import de.anliegen.platform.database.InLists;
import de.anliegen.platform.problems.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tags of a request as they are stored: read, replaced, added to. Their rules are {@link Tags}'. */
@ApplicationScoped
public class RequestTags {

    /** The most tags the inbox offers to filter by; any other is found by typing it. */
    public static final int MOST_OFFERED = 200;

    @PersistenceContext
    EntityManager em;

    public List<String> of(Conversation conversation) {
        return ofConversations(List.of(conversation.id())).getOrDefault(conversation.id(), List.of());
    }

    /** The tags of each of the requests that has any, in one query for all of them. */
    public Map<Long, List<String>> ofConversations(Collection<Long> conversations) {
        if (conversations.isEmpty()) {
            return Map.of();
        }
        return InLists.of(ConversationTag.OF_CONVERSATIONS)
                .bind("conversations", conversations)
                .create(em, ConversationTag.class)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        ConversationTag::conversationId,
                        Collectors.mapping(ConversationTag::tag, Collectors.toList())));
    }

    /** The request has exactly these tags (already as {@link Tags#of} keeps them); whether anything changed. */
    public boolean replace(Conversation conversation, List<String> tags) {
        var before = InLists.of(ConversationTag.OF_CONVERSATIONS)
                .bind("conversations", List.of(conversation.id()))
                .create(em, ConversationTag.class)
                .getResultList();
        var kept = new HashSet<>(tags);
        var changed = false;
        for (var tag : before) {
            if (!kept.remove(tag.tag())) {
                em.remove(tag);
                changed = true;
            }
        }
        for (var tag : kept) {
            em.persist(new ConversationTag(conversation, tag));
            changed = true;
        }
        return changed;
    }

    /** One more tag (already as {@link Tags#tag} keeps it), if the request lacks it; whether it was added. */
    public boolean add(Conversation conversation, String tag, String field) {
        var tags = of(conversation);
        if (tags.contains(tag)) {
            return false;
        }
        if (tags.size() >= Tags.MOST_PER_REQUEST) {
            throw new Invalid(
                    Tags.TOO_MANY,
                    field,
                    "Request " + conversation.id() + " has " + Tags.MOST_PER_REQUEST
                            + " tags already: remove one first.");
        }
        em.persist(new ConversationTag(conversation, tag));
        return true;
    }

    /** Takes the tag off the request, if it has it; whether it was taken off. */
    public boolean remove(Conversation conversation, String tag) {
        var found = InLists.of(ConversationTag.OF_CONVERSATIONS)
                .bind("conversations", List.of(conversation.id()))
                .create(em, ConversationTag.class)
                .getResultStream()
                .filter(kept -> kept.tag().equals(tag))
                .toList();
        found.forEach(em::remove);
        return !found.isEmpty();
    }

    /** The tags the company's requests have, in alphabetical order (the first {@value #MOST_OFFERED}). */
    public List<String> ofCompany(long companyId) {
        return em.createNamedQuery(ConversationTag.OF_COMPANY, String.class)
                .setParameter("company", companyId)
                .setMaxResults(MOST_OFFERED)
                .getResultList();
    }
}
