package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import de.anliegen.identity.boundary.CompanyStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Tells identity whether a staff member's company exists and participates. */
@ApplicationScoped
public class CompanyStandings implements CompanyStanding {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean exists(long companyId) {
        return em.find(Company.class, companyId) != null;
    }

    @Override
    public boolean isSuspended(long companyId) {
        var company = em.find(Company.class, companyId);
        return company == null || company.isSuspended();
    }
}
