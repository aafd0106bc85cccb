package de.anliegen.conversation.boundary;

import de.anliegen.conversation.control.ConversationAccess;
import de.anliegen.conversation.control.EventLog;
import de.anliegen.conversation.entity.InternalNote;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.texts.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Notes the staff of a company keep on a conversation for each other. They travel only in the company's stream: the
 * consumer's app, stream and export of messages never carry them.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
public class InternalNotes {

    public static final int MOST_CHARACTERS = InternalNote.MOST_CHARACTERS;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConversationAccess access;

    @Inject
    EventLog events;

    @Inject
    Clock clock;

    public NoteView add(ConversationId id, String text) {
        var me = access.me();
        var body = Texts.text(text, MOST_CHARACTERS, "text", false);
        var conversation = access.require(me, id.value());
        var now = clock.instant();
        var note = new InternalNote(conversation.id(), me.agentId(), me.agentName(), body, now);
        em.persist(note);
        em.flush();
        events.note(em, conversation, note.id(), now);
        return NoteView.of(note);
    }

    /** The notes of a conversation of the caller's company, oldest first. */
    public List<NoteView> of(ConversationId id) {
        var conversation = access.require(access.me(), id.value());
        return em.createNamedQuery(InternalNote.OF_CONVERSATION, InternalNote.class)
                .setParameter("conversation", conversation.id())
                .getResultStream()
                .map(NoteView::of)
                .toList();
    }
}
