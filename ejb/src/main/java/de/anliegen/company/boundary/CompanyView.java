package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * A company's public profile. {@code logo} is the address of its logo (it changes with the logo, so that it can be
 * cached), or absent; {@code takesRequests} whether it takes requests through Anliegen now (a suspended one does not:
 * no search finds it, and no one can connect with it or write to it until it is resumed).
 */
public record CompanyView(
        @NotNull long id,
        @NotNull String handle,
        @NotNull String name,
        String description,
        String serviceHours,
        String logo,
        @NotNull boolean takesRequests)
        implements Serializable {

    static CompanyView of(Company company) {
        var logo = company.logoUpdatedAt() == null
                ? null
                : "/api/v1/companies/" + company.handle() + "/logo?v="
                        + company.logoUpdatedAt().toEpochMilli();
        return new CompanyView(
                company.id(),
                company.handle(),
                company.name(),
                company.description(),
                company.serviceHours(),
                logo,
                !company.isSuspended());
    }
}
