package de.anliegen.web.api.privacy;

import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.privacy.boundary.DataExport;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consumer's complete data record, to download. */
@ApplicationScoped
@Path("v1/me/export")
@RolesAllowed(Roles.CONSUMER)
@SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
@Tag(name = "Profile")
public class ExportResource {

    @Inject
    DataExport export;

    @Inject
    Caller caller;

    @GET
    @Produces("application/zip")
    @Operation(
            operationId = "exportMyData",
            summary = "Everything stored about the consumer, as a ZIP",
            description = "data.json (machine-readable: profile, social identity keys, connections, consents, every"
                    + " conversation and message, the usage log, the audit entries about them), report.html (the same"
                    + " for people, German or English by ?language= or Accept-Language) and the files under files/.")
    @APIResponse(responseCode = "200", description = "The ZIP, streamed")
    public Response download(@QueryParam("language") String language, @Context HttpHeaders headers) {
        var locale = language != null
                ? Locale.forLanguageTag(language)
                : headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.GERMAN);
        var consumer = caller.consumer();
        StreamingOutput body = out -> export.mine(consumer, locale, out);
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"anliegen-export.zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
