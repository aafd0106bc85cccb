package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import de.anliegen.company.entity.CompanyLogo;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.Invitation;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffTeam;
import de.anliegen.platform.database.LikePattern;
import de.anliegen.platform.pictures.Picture;
import de.anliegen.platform.pictures.Pictures;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The participating companies. */
@Stateless
public class Companies {

    public static final int MOST_PER_PAGE = 100;
    public static final int MOST_NAME = 100;
    public static final int MOST_DESCRIPTION = 500;
    public static final int MOST_SERVICE_HOURS = 200;
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    StaffTeam staffTeam;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public CompanyView onboard(NewCompany command) {
        if (command.handle() == null || !HANDLE.matcher(command.handle()).matches()) {
            throw new Invalid(
                    "invalid-handle", "handle", "A handle is 1 to 60 lower-case letters, digits and inner hyphens.");
        }
        if (find(command.handle()).isPresent()) {
            throw new Conflict("handle-taken", "The handle " + command.handle() + " is taken.");
        }
        var company = new Company(
                command.handle(),
                text(command.name(), MOST_NAME, "name", true),
                text(command.description(), MOST_DESCRIPTION, "description", false),
                text(command.serviceHours(), MOST_SERVICE_HOURS, "serviceHours", false),
                clock.instant());
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
    public Optional<CompanyView> byId(CompanyId id) {
        return Optional.ofNullable(em.find(Company.class, id.value())).map(CompanyView::of);
    }

    /**
     * Onboards a company with its first admin, who is invited by e-mail: both or neither (a taken address or a mail
     * that cannot go out leaves no company behind).
     */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public CompanyView onboard(NewCompany command, String adminEmail, String adminName) {
        var company = onboard(command);
        staffTeam.invite(new Invitation(
                adminEmail, adminName, Set.of(Roles.COMPANY_ADMIN, Roles.AGENT), new CompanyId(company.id())));
        return company;
    }

    /** The company the caller works for. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public CompanyView mine() {
        return CompanyView.of(myCompany());
    }

    /** A company admin changes what the app shows of their company: name, description, service hours. */
    @RolesAllowed(Roles.COMPANY_ADMIN)
    public CompanyView changeProfile(String name, String description, String serviceHours) {
        var company = myCompany();
        company.changeProfile(
                text(name, MOST_NAME, "name", true),
                text(description, MOST_DESCRIPTION, "description", false),
                text(serviceHours, MOST_SERVICE_HOURS, "serviceHours", false));
        return CompanyView.of(company);
    }

    /**
     * After how many minutes a consumer's message that waits while no one of the company is in the portal is mailed
     * about to the agent its request is assigned to; empty: never.
     */
    @RolesAllowed(Roles.COMPANY_ADMIN)
    public Optional<Integer> awayMailMinutes() {
        return Optional.ofNullable(myCompany().awayMailMinutes());
    }

    /** A company admin sets those minutes (5 to 1,440), or switches the mails off (null). */
    @RolesAllowed(Roles.COMPANY_ADMIN)
    public void mailWhenAway(Integer minutes) {
        myCompany().mailWhenAway(minutes);
    }

    /** What the caller's company promises: a first response within so many minutes of its working hours. */
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    public ServiceLevel serviceLevel() {
        return serviceLevel(myCompany());
    }

    /**
     * A company admin promises a first response within so many minutes (5 to a week of working time) of the company's
     * working hours (none: around the clock), or no first response at all (null minutes). Requests opened from now
     * on are due by it.
     */
    @RolesAllowed(Roles.COMPANY_ADMIN)
    public ServiceLevel promiseFirstResponse(Integer minutes, ServiceHours hours) {
        var company = myCompany();
        company.promiseFirstResponse(minutes, hours == null ? null : hours.text());
        return serviceLevel(company);
    }

    /** When the first response to a request opened with the company now is due; empty while it promises none. */
    @RolesAllowed(Roles.CONSUMER)
    public Optional<Instant> firstResponseDue(CompanyId company, Instant openedAt) {
        return serviceLevel(require(company)).firstResponseDue(openedAt);
    }

    private static ServiceLevel serviceLevel(Company company) {
        return new ServiceLevel(company.firstResponseMinutes(), ServiceHours.parse(company.workingHours()));
    }

    /** The participating companies that have such mails sent, with their minutes. */
    @PermitAll
    public List<AwayMailing> mailingWhenAway() {
        return em.createNamedQuery(Company.MAILING_WHEN_AWAY, Company.class)
                .getResultStream()
                .map(company -> new AwayMailing(new CompanyId(company.id()), company.name(), company.awayMailMinutes()))
                .toList();
    }

    /** Every company, suspended ones too, by name: for the platform's admins. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<CompanyRow> all(int offset, int limit) {
        return em.createNamedQuery(Company.ALL, Company.class)
                .setFirstResult(offset)
                .setMaxResults(Math.min(limit, MOST_PER_PAGE))
                .getResultStream()
                .map(CompanyRow::of)
                .toList();
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public long count() {
        return em.createNamedQuery(Company.COUNT_ALL, Long.class).getSingleResult();
    }

    /**
     * Suspends a company: it disappears from the app's list, takes no new connections or requests, and its staff
     * can no longer sign in; those signed in are signed out everywhere at once. Nothing is deleted; {@link #resume}
     * undoes it (but for the sign-ins).
     */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public CompanyRow suspend(CompanyId id) {
        var company = require(id);
        company.suspend(clock.instant());
        staffTeam.endSignInsOf(id);
        return CompanyRow.of(company);
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public CompanyRow resume(CompanyId id) {
        var company = require(id);
        company.resume();
        return CompanyRow.of(company);
    }

    private Company require(CompanyId id) {
        return Optional.ofNullable(em.find(Company.class, id.value()))
                .orElseThrow(() -> new NotFound("There is no company " + id.value() + "."));
    }

    private Company myCompany() {
        var companyId = staffAccounts.current().companyId();
        if (companyId == null) {
            throw new Forbidden("Only the staff of a company have one.");
        }
        return require(new CompanyId(companyId));
    }

    /** A line of text the app shows: trimmed, at most {@code most} characters, required or else null when blank. */
    private static String text(String value, int most, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Invalid("invalid", field, "Please fill in " + field + ".");
            }
            return null;
        }
        var clean = value.strip();
        if (clean.length() > most) {
            throw new Invalid("text-too-long", field, "At most " + most + " characters.");
        }
        return clean;
    }

    private Optional<Company> find(String handle) {
        return em.createNamedQuery(Company.BY_HANDLE, Company.class)
                .setParameter("handle", handle)
                .getResultStream()
                .findFirst();
    }
}
