package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.boundary.NoteView;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.EventKind;
import de.anliegen.conversation.entity.InternalNote;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.OutboxEntry;
import de.anliegen.conversation.entity.Side;
import de.anliegen.platform.database.InLists;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a batch of outbox entries is about, read in a few queries for the whole batch, and their events' JSON as each
 * side is sent it. Each conversation is rendered once per side and batch, as it stands when the batch is numbered.
 */
final class EventSubjects {

    private final Map<Long, Conversation> conversations;
    private final Map<String, MessageView> messages;
    private final Map<Long, NoteView> notes;
    private final Map<String, ConversationView> conversationViews = new HashMap<>();

    private EventSubjects(
            ConversationViews views,
            Map<Long, Conversation> conversations,
            Map<String, MessageView> messages,
            Map<Long, NoteView> notes) {
        this.conversations = conversations;
        this.messages = messages;
        this.notes = notes;
        // both sides' views of all the batch's conversations, with a few queries for all of them
        var all = List.copyOf(conversations.values());
        for (var side : Side.values()) {
            var rendered = views.of(all, side);
            for (var i = 0; i < all.size(); i++) {
                conversationViews.put(all.get(i).id() + ":" + side, rendered.get(i));
            }
        }
    }

    static EventSubjects of(EntityManager em, ConversationViews views, List<OutboxEntry> entries) {
        var conversations = InLists.of(Conversation.BY_IDS)
                .bind(
                        "ids",
                        entries.stream()
                                .map(OutboxEntry::conversationId)
                                .distinct()
                                .toList())
                .create(em, Conversation.class)
                // read without a lock (ADR 28): a conversation is deleted only with the sequencer paused
                .getResultStream()
                .collect(Collectors.toMap(Conversation::id, Function.identity()));
        var messageEntries = ofKind(entries, EventKind.MESSAGE);
        var messages = new HashMap<String, MessageView>();
        if (!messageEntries.isEmpty()) {
            var found = InLists.of(Message.OF_CONVERSATIONS)
                    .bind(
                            "conversations",
                            messageEntries.stream()
                                    .map(OutboxEntry::conversationId)
                                    .distinct()
                                    .toList())
                    .bind(
                            "seqs",
                            messageEntries.stream()
                                    .map(OutboxEntry::subject)
                                    .distinct()
                                    .toList())
                    .create(em, Message.class)
                    .getResultList();
            var rendered = views.messages(em, found);
            for (var i = 0; i < found.size(); i++) {
                messages.put(key(found.get(i).conversation().id(), found.get(i).seq()), rendered.get(i));
            }
        }
        var notes = new HashMap<Long, NoteView>();
        for (var entry : ofKind(entries, EventKind.NOTE)) {
            Optional.ofNullable(em.find(InternalNote.class, entry.subject()))
                    .ifPresent(note -> notes.put(note.id(), NoteView.of(note)));
        }
        return new EventSubjects(views, conversations, messages, notes);
    }

    /** The entry's conversation; empty when it is gone (erased since). */
    Optional<Conversation> conversation(OutboxEntry entry) {
        return Optional.ofNullable(conversations.get(entry.conversationId()));
    }

    /** Why the entry cannot become an event (its conversation, message or note is gone); empty when it can. */
    Optional<String> missing(OutboxEntry entry) {
        if (!conversations.containsKey(entry.conversationId())) {
            return Optional.of("its conversation no longer exists");
        }
        if (EventKind.of(entry.kind()) == EventKind.MESSAGE && message(entry) == null) {
            return Optional.of("its message no longer exists");
        }
        if (EventKind.of(entry.kind()) == EventKind.NOTE && !notes.containsKey(entry.subject())) {
            return Optional.of("its note no longer exists");
        }
        return Optional.empty();
    }

    MessageView message(OutboxEntry entry) {
        return messages.get(key(entry.conversationId(), entry.subject()));
    }

    ConversationView view(Conversation conversation, Side side) {
        return conversationViews.get(conversation.id() + ":" + side);
    }

    /** The JSON of the entry's event with number {@code seq} in a stream of {@code side}. */
    String json(OutboxEntry entry, long seq, Side side) {
        var conversation = conversations.get(entry.conversationId());
        var kind = EventKind.of(entry.kind());
        return switch (kind) {
            case MESSAGE ->
                EventJson.of(seq, kind.type(), "conversation", view(conversation, side), "message", message(entry));
            case NOTE ->
                EventJson.of(seq, kind.type(), "conversationId", conversation.id(), "note", notes.get(entry.subject()));
            case STATUS, LABELS -> EventJson.of(seq, kind.type(), "conversation", view(conversation, side));
            case READ, DELIVERED ->
                EventJson.of(
                        seq,
                        kind.type(),
                        "conversationId",
                        conversation.id(),
                        "side",
                        EventKind.sideOf(entry.kind()).name().toLowerCase(Locale.ROOT),
                        "upTo",
                        entry.subject());
        };
    }

    private static List<OutboxEntry> ofKind(List<OutboxEntry> entries, EventKind kind) {
        return entries.stream()
                .filter(entry -> EventKind.of(entry.kind()) == kind)
                .toList();
    }

    private static String key(long conversationId, long seq) {
        return conversationId + ":" + seq;
    }
}
