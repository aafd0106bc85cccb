package de.anliegen.web.api.conversation;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.InternalNotes;
import de.anliegen.conversation.boundary.NoteView;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The internal notes of a conversation: for the company's staff only, never shown to the consumer. */
@ApplicationScoped
@Path("v1/conversations/{id}/notes")
@Produces(APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
@SecurityRequirement(
        name = AnliegenApi.BEARER,
        scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
@Tag(name = "Conversations")
public class NoteResource {

    @Inject
    InternalNotes notes;

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "addNote",
            summary = "Add an internal note (agents)",
            description = "Seen by the company's staff only; arrives in the company's stream as a note event.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public Response add(@PathParam("id") long id, @Valid @NotNull NoteRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(notes.add(new ConversationId(id), body.text()))
                .build();
    }

    @GET
    @Operation(operationId = "listNotes", summary = "The internal notes of a conversation, oldest first (agents)")
    @APIResponse(responseCode = "200", description = "The notes")
    public List<NoteView> list(@PathParam("id") long id) {
        return notes.of(new ConversationId(id));
    }
}
