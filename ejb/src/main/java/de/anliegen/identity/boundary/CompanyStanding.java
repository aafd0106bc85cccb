package de.anliegen.identity.boundary;

/**
 * What identity needs to know of a staff member's company, answered by the company component, which depends on
 * identity and not the other way round ({@code company/boundary/CompanyStandings}).
 */
public interface CompanyStanding {

    /** Whether there is such a company. */
    boolean exists(CompanyId company);

    /** Whether its use of the service is suspended (or it is gone): its staff cannot sign in. */
    boolean isSuspended(CompanyId company);
}
