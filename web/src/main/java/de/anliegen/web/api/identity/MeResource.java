package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.ConsumerProfile;
import de.anliegen.identity.boundary.ConsumerView;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.web.api.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in consumer's own profile. */
@Path("v1/me")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.CONSUMER)
@Tag(name = "Profile")
public class MeResource {

    @Inject
    ConsumerProfile profile;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The consumer's own profile")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public ConsumerView me() {
        return profile.me(caller.consumer());
    }
}
