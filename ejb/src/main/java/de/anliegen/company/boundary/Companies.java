package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import de.anliegen.company.entity.CompanyLogo;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.boundary.Conflict;
import de.anliegen.platform.boundary.Forbidden;
import de.anliegen.platform.boundary.Invalid;
import de.anliegen.platform.boundary.LikePattern;
import de.anliegen.platform.boundary.NotFound;
import de.anliegen.platform.boundary.Picture;
import de.anliegen.platform.control.Pictures;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** The participating companies. */
@Stateless
public class Companies {

    public static final int MOST_PER_PAGE = 100;
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public CompanyView onboard(NewCompany command) {
        if (!HANDLE.matcher(command.handle()).matches()) {
            throw new Invalid("a handle is 1 to 60 lower-case letters, digits and inner hyphens");
        }
        if (find(command.handle()).isPresent()) {
            throw new Conflict("the handle " + command.handle() + " is taken");
        }
        var company = new Company(
                command.handle(), command.name(), command.description(), command.serviceHours(), clock.instant());
        em.persist(company);
        return CompanyView.of(company);
    }

    /** The companies whose name, handle or description contain the query (any case), by name, one page at a time. */
    @PermitAll
    public CompanyPage search(String query, int offset, int limit) {
        if (offset < 0) {
            throw new Invalid("invalid", "offset", "The offset cannot be negative.");
        }
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new Invalid("invalid", "limit", "The limit is between 1 and " + MOST_PER_PAGE + ".");
        }
        var pattern = Optional.ofNullable(LikePattern.containing(query)).orElse("%");
        var companies = em.createNamedQuery(Company.SEARCH, Company.class)
                .setParameter("pattern", pattern)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(CompanyView::of)
                .toList();
        var total = em.createNamedQuery(Company.COUNT, Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new CompanyPage(companies, total, offset, limit);
    }

    @PermitAll
    public Optional<CompanyView> byHandle(String handle) {
        return find(handle).map(CompanyView::of);
    }

    /**
     * A company admin changes their company's logo: a JPEG or PNG of at most 2 MB, drawn anew without the file's
     * metadata. Another company's logo is not theirs to change.
     */
    @RolesAllowed(Roles.COMPANY_ADMIN)
    public CompanyView changeLogo(String handle, byte[] upload) {
        var company = find(handle).orElseThrow(() -> new NotFound("There is no participating company " + handle + "."));
        if (!company.id().equals(staffAccounts.current().companyId())) {
            throw new Forbidden("You administer another company.");
        }
        var encoded = Pictures.reencode(upload);
        var now = clock.instant();
        var logo = em.find(CompanyLogo.class, company.id());
        if (logo == null) {
            logo = new CompanyLogo(company.id());
            logo.replace(encoded.contentType(), encoded.bytes(), now);
            em.persist(logo);
        } else {
            logo.replace(encoded.contentType(), encoded.bytes(), now);
        }
        company.logoChanged(now);
        return CompanyView.of(company);
    }

    @PermitAll
    public Picture logo(String handle) {
        var logo = find(handle).map(company -> em.find(CompanyLogo.class, company.id()));
        if (logo.isEmpty() || logo.get() == null) {
            throw new NotFound("There is no logo of " + handle + ".");
        }
        return new Picture(
                logo.get().contentType(), logo.get().image(), logo.get().updatedAt());
    }

    @PermitAll
    public Optional<CompanyView> byId(long id) {
        return Optional.ofNullable(em.find(Company.class, id)).map(CompanyView::of);
    }

    private Optional<Company> find(String handle) {
        return em.createNamedQuery(Company.BY_HANDLE, Company.class)
                .setParameter("handle", handle)
                .getResultStream()
                .findFirst();
    }
}
