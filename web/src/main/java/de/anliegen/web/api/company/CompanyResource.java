package de.anliegen.web.api.company;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyPage;
import de.anliegen.company.boundary.CompanyView;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.web.api.AnliegenApi;
import de.anliegen.web.api.MostCharacters;
import de.anliegen.web.api.PictureBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participating companies, for everyone to find: no token needed. */
@ApplicationScoped
@Path("v1/companies")
@Produces(APPLICATION_JSON)
@Tag(name = "Companies")
public class CompanyResource {

    @Inject
    Companies companies;

    @GET
    @Operation(
            operationId = "searchCompanies",
            summary = "Find participating companies by name, handle or description, one page at a time")
    @APIResponse(
            responseCode = "200",
            description = "A page of companies, by name, and the total: only companies that take requests now")
    @APIResponse(responseCode = "400", description = "Negative offset or limit outside 1 to 100")
    public CompanyPage search(
            @QueryParam("q")
                    @DefaultValue("")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100))
                    @MostCharacters(100)
                    String query,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Companies.MOST_PER_PAGE) int limit) {
        return companies.search(query, offset, limit);
    }

    @GET
    @Path("{handle}")
    @Operation(operationId = "getCompany", summary = "A company's public profile")
    @APIResponse(
            responseCode = "200",
            description = "The profile; logo is the address of its logo, if it has one; takesRequests says whether the"
                    + " company takes requests now (a suspended one does not: no search finds it, and connecting with"
                    + " it or writing to it is refused with 409 company-suspended until it is resumed)")
    @APIResponse(responseCode = "404", description = "No such company")
    public CompanyView profile(@PathParam("handle") @Size(max = 60) String handle) {
        return companies
                .byHandle(handle)
                .orElseThrow(() -> new NotFound("There is no participating company " + handle + "."));
    }

    @GET
    @Path("{handle}/logo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(operationId = "getCompanyLogo", summary = "A company's logo: JPEG or PNG")
    @APIResponse(responseCode = "200", description = "The logo")
    @APIResponse(responseCode = "404", description = "No such company or no logo")
    public Response logo(
            @PathParam("handle") @Size(max = 60) String handle,
            @Parameter(description = "The logo's version, as the profile's address names it: a new logo, a new address")
                    @QueryParam("v")
                    String version) {
        return PictureBodies.of(companies.logo(handle), "public, max-age=86400");
    }

    @PUT
    @Path("{handle}/logo")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/jpeg", "image/png"})
    @RolesAllowed(Roles.COMPANY_ADMIN)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.COMPANY_ADMIN)
    @Operation(
            operationId = "changeCompanyLogo",
            summary = "Change the company's logo (its company admins, signed in with POST /api/v1/staff/sessions)",
            description = "JPEG or PNG, at most 2 MB; drawn anew at most 1024 pixels a side, without metadata.")
    @APIResponse(responseCode = "200", description = "The profile with the new logo's address")
    @APIResponse(responseCode = "403", description = "An admin of another company")
    @APIResponse(responseCode = "404", description = "No such company")
    @APIResponse(responseCode = "413", description = "Larger than 2 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG or PNG image")
    public CompanyView changeLogo(@PathParam("handle") @Size(max = 60) String handle, InputStream upload)
            throws IOException {
        return companies.changeLogo(handle, PictureBodies.read(upload));
    }
}
