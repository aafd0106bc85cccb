package de.anliegen.web.api.conversation;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.MessagePage;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.boundary.Messages;
import de.anliegen.conversation.boundary.Sent;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.DatabaseFailures;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The messages of a conversation. */
@ApplicationScoped
@Path("v1/conversations/{id}/messages")
@Produces(APPLICATION_JSON)
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
@SecurityRequirement(
        name = AnliegenApi.BEARER,
        scopes = {Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
@Tag(name = "Conversations")
public class MessageResource {

    @Inject
    Messages messages;

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "sendMessage",
            summary = "Send a message",
            description = "clientMessageId is the client's own id (a UUID): sending again with it, after a timeout, "
                    + "answers the message sent the first time; the same id with another text or other files is "
                    + "refused. A consumer's message reopens a resolved request.")
    @APIResponse(
            responseCode = "201",
            description = "Sent",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "200", description = "Sent before with this clientMessageId")
    @APIResponse(responseCode = "400", description = "Empty or longer than 10,000 characters; unknown attachment")
    @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
    @APIResponse(
            responseCode = "409",
            description = "Closed request, or no longer connected; clientMessageId used before for another message "
                    + "(type client-message-id-reused)")
    public Response send(@PathParam("id") long id, @Valid @NotNull SendMessageRequest body) {
        Sent sent;
        try {
            sent = messages.send(new ConversationId(id), body.toCommand());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isConstraintViolation(e)) {
                throw e;
            }
            // a racing attempt with the same clientMessageId committed first, and the unique key refused this one
            // (MariaDB's locking read sees the other's message; H2's does not): asked again, it answers that message
            sent = messages.send(new ConversationId(id), body.toCommand());
        }
        return Response.status(sent.isNew() ? Response.Status.CREATED : Response.Status.OK)
                .entity(sent.message())
                .build();
    }

    @GET
    @Operation(
            operationId = "listMessages",
            summary = "Messages after a cursor or before one, in order",
            description = "after is the seq of the last message the client has (0 for the start); next in the answer "
                    + "is the cursor for the following page. Stable while messages arrive: no gap, no duplicate. "
                    + "Opening a long conversation at its newest messages: before=lastSeq+1 (the conversation's "
                    + "lastSeq) answers the newest limit messages, oldest first; earlier in the answer is the before "
                    + "of the page preceding it, absent once the first message is on the page; next and more lead "
                    + "on to newer messages as after a cursor. after and before are not given together.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(
            responseCode = "400",
            description = "after and before together (errors names before), a cursor or limit out of range (errors"
                    + " names it), or a query parameter this operation does not know")
    public MessagePage page(
            @PathParam("id") long id,
            @QueryParam("after")
                    @Parameter(
                            description = "The seq of the last message the client has: the messages after it",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "0",
                                            defaultValue = "0"))
                    @Min(0)
                    Long after,
            @QueryParam("before")
                    @Parameter(
                            description = "The messages just before this seq, the newest of them: the conversation's"
                                    + " lastSeq + 1 for the newest, a page's earlier for the page before it; not with"
                                    + " after")
                    @Min(1)
                    Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Messages.MOST_PER_PAGE) int limit) {
        var conversation = new ConversationId(id);
        if (before == null) {
            return messages.page(conversation, after == null ? 0 : after, limit);
        }
        if (after != null) {
            throw new Invalid("invalid", "before", "Page either after a cursor or before one, not both.");
        }
        return messages.before(conversation, before, limit);
    }
}
