package de.anliegen.web.portal.platformadmin;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyRow;
import de.anliegen.company.boundary.NewCompany;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.LazyDataModel;

/** The platform admins' list of companies: onboarding with a first admin, suspending and resuming. */
@Named
@ViewScoped
public class CompaniesView implements Serializable {

    @Inject
    Companies companies;

    @Inject
    PortalMessages messages;

    private CompanyRows rows;
    private String handle;
    private String name;
    private String description;
    private String serviceHours;
    private String adminEmail;
    private String adminName;

    @PostConstruct
    void init() {
        rows = new CompanyRows(companies);
    }

    public void onboard() {
        try {
            var company = companies.onboard(
                    new NewCompany(handle == null ? null : handle.strip(), name, description, serviceHours),
                    adminEmail,
                    adminName);
            messages.info("portal.companies.onboarded", company.name(), adminEmail);
            handle = null;
            name = null;
            description = null;
            serviceHours = null;
            adminEmail = null;
            adminName = null;
        } catch (ProblemException e) {
            messages.problemIn("companies", e, Map.of("displayName", "adminName", "email", "adminEmail"));
        }
    }

    public void suspend(long id) {
        act(companies::suspend, id, "portal.companies.suspended");
    }

    public void resume(long id) {
        act(companies::resume, id, "portal.companies.resumed");
    }

    private void act(Function<CompanyId, CompanyRow> action, long id, String doneKey) {
        try {
            messages.info(doneKey, action.apply(new CompanyId(id)).company().name());
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
    }

    public LazyDataModel<CompanyRow> getRows() {
        return rows;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getServiceHours() {
        return serviceHours;
    }

    public void setServiceHours(String serviceHours) {
        this.serviceHours = serviceHours;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }
}
