package de.anliegen.company.boundary;

import de.anliegen.company.entity.CannedResponse;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.texts.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The canned responses of the caller's company: agents use them, company admins write them. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
public class CannedResponses {

    public static final int MOST_PER_COMPANY = 200;
    public static final int MOST_TITLE_CHARACTERS = CannedResponse.MOST_TITLE_CHARACTERS;
    public static final int MOST_CHARACTERS = CannedResponse.MOST_CHARACTERS;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Clock clock;

    /** All of the company's canned responses, by title. */
    public List<CannedResponseView> list() {
        return em.createNamedQuery(CannedResponse.OF_COMPANY, CannedResponse.class)
                .setParameter("company", myCompany())
                .setMaxResults(MOST_PER_COMPANY)
                .getResultStream()
                .map(CannedResponseView::of)
                .toList();
    }

    /** A new canned response; titles are unique within the company. */
    @RolesAllowed(Roles.COMPANY_ADMIN)
    public CannedResponseView add(String title, String text) {
        return create(myCompany(), title, text);
    }

    /** Canned responses a platform admin prepares for a company, such as the demo company's of dev mode. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public CannedResponseView prepare(CompanyId company, String title, String text) {
        return create(company.value(), title, text);
    }

    /** Whether a company has any canned responses yet. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public boolean exist(CompanyId company) {
        return count(company.value()) > 0;
    }

    private CannedResponseView create(long company, String title, String text) {
        var cleanTitle = title(title);
        var cleanText = text(text);
        if (count(company) >= MOST_PER_COMPANY) {
            throw new Conflict("too-many-canned-responses", "A company keeps at most " + MOST_PER_COMPANY + ".");
        }
        requireFreeTitle(company, cleanTitle, null);
        var response = new CannedResponse(company, cleanTitle, cleanText, clock.instant());
        em.persist(response);
        em.flush();
        return CannedResponseView.of(response);
    }

    @RolesAllowed(Roles.COMPANY_ADMIN)
    public CannedResponseView change(CannedResponseId id, String title, String text) {
        var response = require(id);
        var cleanTitle = title(title);
        requireFreeTitle(response.companyId(), cleanTitle, response.id());
        response.change(cleanTitle, text(text), clock.instant());
        em.flush();
        return CannedResponseView.of(response);
    }

    @RolesAllowed(Roles.COMPANY_ADMIN)
    public void remove(CannedResponseId id) {
        em.remove(require(id));
    }

    private long count(long company) {
        return em.createNamedQuery(CannedResponse.COUNT_OF_COMPANY, Long.class)
                .setParameter("company", company)
                .getSingleResult();
    }

    private CannedResponse require(CannedResponseId id) {
        var response = em.find(CannedResponse.class, id.value());
        if (response == null || !response.companyId().equals(myCompany())) {
            throw new NotFound("There is no canned response " + id.value() + ".");
        }
        return response;
    }

    private void requireFreeTitle(long company, String title, Long except) {
        var taken = em.createNamedQuery(CannedResponse.BY_TITLE, CannedResponse.class)
                .setParameter("company", company)
                .setParameter("title", title)
                .getResultStream()
                .anyMatch(other -> !other.id().equals(except));
        if (taken) {
            throw new Conflict(
                    "canned-response-title-taken", "There is already a canned response titled " + title + ".");
        }
    }

    private long myCompany() {
        var companyId = staffAccounts.current().companyId();
        if (companyId == null) {
            throw new Forbidden("Only the staff of a company have canned responses.");
        }
        return companyId;
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new Invalid("invalid", "title", "Give the canned response a title.");
        }
        return Texts.text(title.strip(), MOST_TITLE_CHARACTERS, "title", false);
    }

    /** Under the rules of a message's text, which it becomes. */
    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("invalid", "text", "Write the text of the canned response.");
        }
        return Texts.text(text, MOST_CHARACTERS, "text", false);
    }
}
