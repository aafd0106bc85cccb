package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import java.io.Serializable;
import java.time.Instant;

/** A company as the platform's admins list it: also when it joined and whether it is suspended. */
public record CompanyRow(CompanyView company, Instant createdAt, boolean suspended) implements Serializable {

    static CompanyRow of(Company company) {
        return new CompanyRow(CompanyView.of(company), company.createdAt(), company.isSuspended());
    }
}
