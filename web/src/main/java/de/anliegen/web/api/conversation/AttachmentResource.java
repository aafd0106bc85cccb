package de.anliegen.web.api.conversation;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.conversation.boundary.AttachmentFile;
import de.anliegen.conversation.boundary.AttachmentId;
import de.anliegen.conversation.boundary.AttachmentView;
import de.anliegen.conversation.boundary.Attachments;
import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Files in a conversation: uploaded first, then sent with a message by their ids. */
@ApplicationScoped
@Path("v1/conversations/{id}/attachments")
@RolesAllowed({Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
@SecurityRequirement(
        name = AnliegenApi.BEARER,
        scopes = {Roles.CONSUMER, Roles.AGENT, Roles.COMPANY_ADMIN})
@Tag(name = "Conversations")
public class AttachmentResource {

    @Inject
    Attachments attachments;

    @POST
    @Consumes({Attachments.UNDECLARED, "image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"})
    @Produces(APPLICATION_JSON)
    @Operation(
            operationId = "uploadAttachment",
            summary = "Upload a file for a message: an image (JPEG, PNG, GIF, WebP) or a PDF, at most 10 MB",
            description = "The body is the file. Content-Type application/octet-stream has the service tell its type"
                    + " from its bytes; any other must be what the bytes are. name is the file name to show. Send the id"
                    + " in attachmentIds of the next message.")
    @APIResponse(
            responseCode = "201",
            description = "Kept, waiting for its message",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
    @APIResponse(
            responseCode = "409",
            description = "Closed request, or 20 uploads of the caller wait for a message already")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "415", description = "Not one of the types, or not what Content-Type says")
    public Response upload(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("name") @Size(max = 1000) String name,
            InputStream body)
            throws IOException {
        var bytes = body.readNBytes(Attachments.MOST_BYTES + 1);
        if (bytes.length > Attachments.MOST_BYTES) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        AttachmentView attachment = attachments.upload(new ConversationId(id), contentType, name, bytes);
        return Response.status(Response.Status.CREATED).entity(attachment).build();
    }

    @GET
    @Path("{attachmentId}")
    @Operation(
            operationId = "downloadAttachment",
            summary = "The file, with its type; images inline, PDF as a download")
    @APIResponse(
            responseCode = "200",
            description = "The bytes, of the type they were sent as",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "image/gif"),
                @Content(mediaType = "image/webp"),
                @Content(mediaType = "application/pdf")
            })
    @APIResponse(responseCode = "404", description = "No such file in a conversation of the caller's")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        var file = attachments.download(new ConversationId(id), new AttachmentId(attachmentId));
        return Response.ok(file.content(), file.attachment().contentType())
                .header("Content-Disposition", file.disposition())
                .header("Content-Length", file.content().length)
                .header("Cache-Control", AttachmentFile.CACHE_CONTROL)
                .header("Content-Security-Policy", AttachmentFile.CONTENT_SECURITY_POLICY)
                .build();
    }
}
