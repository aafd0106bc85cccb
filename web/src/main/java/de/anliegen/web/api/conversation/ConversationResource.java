package de.anliegen.web.api.conversation;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.ConversationPage;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.web.api.AnliegenApi;
import de.anliegen.web.api.MostCharacters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Service requests. Consumers see their own; agents and company admins (signed in with POST /api/v1/staff/sessions)
 * see those sent to their company. Anyone else's conversation answers 404, as if it did not exist.
 */
@ApplicationScoped
@Path("v1/conversations")
@Produces(APPLICATION_JSON)
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
@SecurityRequirement(
        name = AnliegenApi.BEARER,
        scopes = {Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
@Tag(name = "Conversations")
public class ConversationResource {

    private static final String OPENED_AT = "The conversation's address: /api/v1/conversations/{id}";

    @Inject
    Conversations conversations;

    @GET
    @Operation(
            operationId = "listConversations",
            summary = "The caller's conversations, newest activity first, with unread counts",
            description =
                    "Agents choose queue=all|unassigned|mine, may filter by status, priority and tag and search (q) the"
                            + " consumer's name"
                            + " or number and the subject (anywhere) and the messages (each word of three letters"
                            + " or more as the beginning of a word, shorter pieces anywhere); consumers see all of"
                            + " theirs. The next page: after=next of this one. total counts up to 1,000"
                            + " (totalCapped: more). A term too common to search every request's subject and"
                            + " messages within half a second is searched in the 5,000 most recently active ones, and"
                            + " searchedOnlyNewest says so (names and numbers are always searched in full); another"
                            + " word narrows it.")
    @APIResponse(responseCode = "200", description = "One page")
    public ConversationPage list(
            @QueryParam("queue") @Size(max = 20) String queue,
            @QueryParam("status") @Size(max = 30) String status,
            @QueryParam("priority") @Size(max = 10) String priority,
            @QueryParam("tag") @Size(max = 100) String tag,
            @QueryParam("order")
                    @Parameter(
                            description = "activity (default): newest activity first; due: only the requests awaiting"
                                    + " the first response the company promised, the one due soonest first")
                    @Size(max = 10)
                    String order,
            @QueryParam("q") @Parameter(schema = @Schema(type = STRING, maxLength = 100)) @MostCharacters(100)
                    String search,
            @QueryParam("after")
                    @Parameter(description = "next of the page before: the page that follows it")
                    @Size(max = 200)
                    String after,
            @QueryParam("offset")
                    @Parameter(description = "Rows to skip, at most 1,000; page with after instead", deprecated = true)
                    @DefaultValue("0")
                    @Min(0)
                    @Max(Conversations.MOST_SKIPPED)
                    int offset,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Conversations.MOST_PER_PAGE) int limit) {
        return conversations.list(new InboxFilter(queue, status, priority, tag, search, order), after, offset, limit);
    }

    @GET
    @Path("tags")
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    @SecurityRequirement(
            name = AnliegenApi.BEARER,
            scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
    @Operation(
            operationId = "listTags",
            summary = "The tags the company's requests have, alphabetically (agents): the first 200, to filter by")
    @APIResponse(responseCode = "200", description = "The tags")
    public CompanyTags tags() {
        return new CompanyTags(conversations.tags());
    }

    @POST
    @Path("changes")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    @SecurityRequirement(
            name = AnliegenApi.BEARER,
            scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
    @Operation(
            operationId = "changeConversations",
            summary = "Change several requests at once, all or none (agents): status, assignee, a tag to add",
            description = "The first request that cannot take the change refuses all of it, naming that request.")
    @APIResponse(responseCode = "200", description = "The requests as they are now, in the order of their ids")
    @APIResponse(responseCode = "404", description = "One of them is not the company's")
    @APIResponse(responseCode = "409", description = "One of them is closed and a status was to be set")
    public List<ConversationView> changeAll(@Valid @NotNull BulkChangeRequest body) {
        return conversations.changeAll(body.toChange());
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Operation(
            operationId = "openConversation",
            summary = "Open a service request to a connected company, with its first message",
            description = "requestId is the app's own id (a UUID): the same id again, with the same company, subject "
                    + "and text, answers the conversation opened the first time instead of a second one.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            headers = @Header(name = HttpHeaders.LOCATION, description = OPENED_AT, schema = @Schema(type = STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Opened before with this requestId",
            headers = @Header(name = HttpHeaders.LOCATION, description = OPENED_AT, schema = @Schema(type = STRING)))
    @APIResponse(responseCode = "404", description = "Not connected with this company (type not-connected)")
    @APIResponse(
            responseCode = "409",
            description = "No mobile number yet (type mobile-number-required); requestId used before for another "
                    + "company, subject or text (type request-id-reused)")
    public Response open(@Valid @NotNull OpenConversationRequest body) {
        var opened = conversations.open(body.toCommand());
        var location = UriBuilder.fromPath("/api/v1/conversations/{id}")
                .build(opened.conversation().id());
        return (opened.isNew() ? Response.created(location) : Response.ok().location(location))
                .entity(opened.conversation())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConversation", summary = "One conversation")
    @APIResponse(responseCode = "200", description = "The conversation as the caller's side sees it")
    @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
    public ConversationView get(@PathParam("id") long id) {
        return conversations.get(new ConversationId(id));
    }

    @PUT
    @Path("{id}/status")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    @SecurityRequirement(
            name = AnliegenApi.BEARER,
            scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
    @Operation(
            operationId = "changeConversationStatus",
            summary = "Set where the request stands (agents): open, waiting_for_consumer, resolved")
    @APIResponse(responseCode = "200", description = "The conversation")
    @APIResponse(responseCode = "409", description = "Closed by the consumer")
    public ConversationView changeStatus(@PathParam("id") long id, @Valid @NotNull StatusRequest body) {
        return conversations.changeStatus(new ConversationId(id), body.status());
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    @SecurityRequirement(
            name = AnliegenApi.BEARER,
            scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
    @Operation(
            operationId = "assignConversation",
            summary = "Assign the request to an agent of the company, or to no one (agents)")
    @APIResponse(responseCode = "200", description = "The conversation")
    @APIResponse(responseCode = "400", description = "No such active colleague")
    public ConversationView assign(@PathParam("id") long id, @NotNull AssigneeRequest body) {
        return conversations.assign(
                new ConversationId(id), body.agentId() == null ? null : new StaffAccountId(body.agentId()));
    }

    @PUT
    @Path("{id}/labels")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    @SecurityRequirement(
            name = AnliegenApi.BEARER,
            scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
    @Operation(
            operationId = "labelConversation",
            summary = "Set the request's priority and tags (agents); the consumer never sees them",
            description = "tags replaces all of the request's tags; each is kept in lower case with single spaces.")
    @APIResponse(responseCode = "200", description = "The conversation")
    public ConversationView label(@PathParam("id") long id, @Valid @NotNull LabelsRequest body) {
        return conversations.label(new ConversationId(id), body.priority(), body.tags());
    }

    @POST
    @Path("{id}/close")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Operation(
            operationId = "closeConversation",
            summary = "Close the request (consumers); rate it 1 to 5 with a comment if the company resolved it",
            description = "A closed request takes no more messages.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Closed already, or rated before it was resolved")
    public ConversationView close(@PathParam("id") long id, @Valid @NotNull CloseRequest body) {
        return conversations.close(new ConversationId(id), body.rating(), body.comment());
    }

    @POST
    @Path("{id}/read")
    @Consumes(APPLICATION_JSON)
    @Operation(operationId = "markRead", summary = "The caller's side has read the messages up to upTo (a seq)")
    @APIResponse(responseCode = "200", description = "The conversation, with the new unread count")
    public ConversationView markRead(@PathParam("id") long id, @Valid @NotNull MarkerRequest body) {
        return conversations.markRead(new ConversationId(id), body.upTo());
    }

    @POST
    @Path("{id}/delivered")
    @Consumes(APPLICATION_JSON)
    @Operation(operationId = "markDelivered", summary = "The caller's app has received the messages up to upTo (a seq)")
    @APIResponse(responseCode = "200", description = "The conversation")
    public ConversationView markDelivered(@PathParam("id") long id, @Valid @NotNull MarkerRequest body) {
        return conversations.markDelivered(new ConversationId(id), body.upTo());
    }

    @POST
    @Path("{id}/typing")
    @Operation(
            operationId = "sendTyping",
            summary = "The caller is typing: the other side's sockets hear it at once; nothing is kept")
    @APIResponse(responseCode = "204", description = "Told")
    public void typing(@PathParam("id") long id) {
        conversations.typing(new ConversationId(id));
    }
}
