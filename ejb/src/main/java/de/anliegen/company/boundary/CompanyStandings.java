package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import de.anliegen.identity.boundary.CompanyId;
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
    public boolean exists(CompanyId company) {
        return em.find(Company.class, company.value()) != null;
    }

    @Override
    public boolean isSuspended(CompanyId company) {
        var found = em.find(Company.class, company.value());
        return found == null || found.isSuspended();
    }
}
