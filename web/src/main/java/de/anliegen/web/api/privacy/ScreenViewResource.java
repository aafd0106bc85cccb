package de.anliegen.web.api.privacy;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.privacy.boundary.AppScreen;
import de.anliegen.privacy.boundary.PageViews;
import de.anliegen.web.api.AnliegenApi;
import de.anliegen.web.site.CookieChoice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product analytics of the app: a screen the consumer opened, counted with their consent and without their name. */
@ApplicationScoped
@Path("v1/me/screen-views")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.CONSUMER)
@SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
@Tag(name = "Consents")
public class ScreenViewResource {

    @Inject
    PageViews pageViews;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "countScreenView",
            summary = "Count a screen of the app the consumer opened, with their consent to product-analytics",
            description = "Counted like a page of the website: the day, the screen (never a request's or company's"
                    + " id) and the shortened IP address, nothing that names the consumer. A request with DNT: 1 or"
                    + " Sec-GPC: 1 is not counted, nor is anything while the account is restricted.")
    @APIResponse(responseCode = "200", description = "Whether the view was counted")
    @APIResponse(responseCode = "400", description = "invalid-screen: not one of the screens named in the error")
    @APIResponse(responseCode = "403", description = "consent-required: no consent to product-analytics now")
    public ScreenCount count(@Valid @NotNull ScreenViewRequest body) {
        var screen = AppScreen.of(body.screen())
                .orElseThrow(() -> new Invalid(
                        "invalid-screen",
                        "screen",
                        "Known screens: "
                                + Arrays.stream(AppScreen.values())
                                        .map(AppScreen::key)
                                        .toList()
                                + "."));
        return new ScreenCount(pageViews.countScreen(
                caller.consumer(), screen, request.getRemoteAddr(), CookieChoice.notToBeTracked(request)));
    }
}
