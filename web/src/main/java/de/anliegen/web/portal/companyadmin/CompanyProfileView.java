package de.anliegen.web.portal.companyadmin;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyView;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.web.portal.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;

/** What the app shows of the company: name, description, service hours and logo, as its admins keep them. */
@Named
@ViewScoped
public class CompanyProfileView implements Serializable {

    @Inject
    Companies companies;

    @Inject
    PortalMessages messages;

    private CompanyView company;
    private String name;
    private String description;
    private String serviceHours;

    @PostConstruct
    void load() {
        company = companies.mine();
        name = company.name();
        description = company.description();
        serviceHours = company.serviceHours();
    }

    public void save() {
        try {
            company = companies.changeProfile(name, description, serviceHours);
            messages.info("portal.profile.saved");
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
    }

    public void uploadLogo(FileUploadEvent event) {
        try {
            company = companies.changeLogo(company.handle(), event.getFile().getContent());
            messages.info("portal.profile.logo.saved");
        } catch (ProblemException e) {
            messages.problem(e, null);
        }
    }

    public CompanyView getCompany() {
        return company;
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
}
