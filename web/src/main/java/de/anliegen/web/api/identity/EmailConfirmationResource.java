package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.ConsumerEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Confirming an e-mail address with the token of the link we sent to it (the website's page does the same). */
@ApplicationScoped
@Path("v1/email-confirmations")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Profile")
public class EmailConfirmationResource {

    @Inject
    ConsumerEmail email;

    @POST
    @Operation(
            operationId = "confirmEmail",
            summary = "Confirm an e-mail address with the token from the confirmation link")
    @APIResponse(responseCode = "200", description = "Confirmed: the address is now the consumer's")
    @APIResponse(responseCode = "409", description = "Another account confirmed this address meanwhile")
    @APIResponse(responseCode = "410", description = "The link was used already or has expired")
    public ConfirmedEmail confirm(@Valid @NotNull TokenRequest body) {
        return new ConfirmedEmail(email.confirm(body.token()));
    }

    /** The address now confirmed as the consumer's. */
    public record ConfirmedEmail(@NotNull String email) {}
}
