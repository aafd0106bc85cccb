package de.anliegen.company.entity;

import de.anliegen.platform.entity.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A company's logo in the app. */
@Entity
@Table(name = "company_logo")
public class CompanyLogo extends StoredPicture {

    @Id
    @Column(name = "company_id")
    private Long companyId;

    protected CompanyLogo() {}

    public CompanyLogo(Long companyId) {
        this.companyId = companyId;
    }
}
