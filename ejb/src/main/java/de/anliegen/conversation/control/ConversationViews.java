package de.anliegen.conversation.control;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyView;
import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.boundary.AttachmentView;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.entity.Attachment;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.platform.database.InLists;
import de.anliegen.platform.problems.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Conversations and messages as each side sees them, with what other components know of company and consumer. */
@ApplicationScoped
public class ConversationViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Companies companies;

    @Inject
    Connections connections;

    @Inject
    ConsumerContacts contacts;

    @Inject
    RequestTags requestTags;

    public ConversationView of(Conversation conversation, Side side) {
        return of(List.of(conversation), side).get(0);
    }

    /**
     * A page of conversations: each company is read once, and the consumers and their connections in one query each
     * for the page, not once a row.
     */
    public List<ConversationView> of(List<Conversation> conversations, Side side) {
        var companiesById = new HashMap<CompanyId, CompanyView>();
        if (side == Side.CONSUMER) {
            return conversations.stream()
                    .map(conversation -> ConversationView.ofConsumers(
                            conversation, companiesById.computeIfAbsent(conversation.company(), this::company)))
                    .toList();
        }
        var unrestricted = contacts.unrestricted(
                conversations.stream().map(Conversation::consumer).collect(Collectors.toSet()));
        var connected = conversations.stream()
                .collect(Collectors.groupingBy(
                        Conversation::company, Collectors.mapping(Conversation::consumer, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> connections.connectedWith(entry.getKey(), entry.getValue())));
        var tags = requestTags.ofConversations(
                conversations.stream().map(Conversation::id).toList());
        return conversations.stream()
                .map(conversation -> {
                    // a company sees who wrote only while the consumer is connected and their data is not restricted
                    var consumer = conversation.consumer();
                    var restricted = !unrestricted.containsKey(consumer);
                    var contact = connected.get(conversation.company()).contains(consumer)
                            ? unrestricted.get(consumer)
                            : null;
                    return ConversationView.of(
                            conversation,
                            companiesById.computeIfAbsent(conversation.company(), this::company),
                            contact,
                            restricted,
                            tags.getOrDefault(conversation.id(), List.of()),
                            conversation.unreadFor(side));
                })
                .toList();
    }

    private CompanyView company(CompanyId id) {
        return companies.byId(id).orElseThrow(() -> new NotFound("There is no company " + id.value() + "."));
    }

    public MessageView of(EntityManager em, Message message) {
        return messages(em, List.of(message)).get(0);
    }

    /** The messages with their attachments, read in one query. */
    public List<MessageView> messages(EntityManager em, List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        var attachments = InLists.of(Attachment.OF_MESSAGES)
                .bind("messages", messages.stream().map(Message::id).toList())
                .create(em, Attachment.class)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        Attachment::messageId, Collectors.mapping(AttachmentView::of, Collectors.toList())));
        return messages.stream()
                .map(message -> MessageView.of(message, attachments.getOrDefault(message.id(), List.of())))
                .toList();
    }
}
