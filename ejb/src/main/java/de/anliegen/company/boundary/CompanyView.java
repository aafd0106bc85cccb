package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;

/** A company's public profile. */
public record CompanyView(long id, String handle, String name, String description, String serviceHours) {

    static CompanyView of(Company company) {
        return new CompanyView(
                company.id(), company.handle(), company.name(), company.description(), company.serviceHours());
    }
}
