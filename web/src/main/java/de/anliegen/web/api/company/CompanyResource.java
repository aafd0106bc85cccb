package de.anliegen.web.api.company;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyPage;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participating companies, for everyone to find: no token needed. */
@Path("v1/companies")
@Produces(APPLICATION_JSON)
@Tag(name = "Companies")
public class CompanyResource {

    @Inject
    Companies companies;

    @GET
    @Operation(summary = "Find participating companies by name, handle or description, one page at a time")
    @APIResponse(responseCode = "200", description = "A page of companies, by name, and the total")
    @APIResponse(responseCode = "400", description = "Negative offset or limit outside 1 to 100")
    public CompanyPage search(
            @QueryParam("query") @DefaultValue("") @Size(max = 100) String query,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return companies.search(query, offset, limit);
    }
}
