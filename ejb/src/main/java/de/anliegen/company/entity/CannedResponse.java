package de.anliegen.company.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An answer a company's agents use again and again, with placeholders filled in per conversation. */
@Entity
@Table(name = "canned_response")
@NamedQuery(name = CannedResponse.OF_COMPANY, query = """
        select r from CannedResponse r where r.companyId = :company order by lower(r.title), r.id""")
@NamedQuery(name = CannedResponse.COUNT_OF_COMPANY, query = """
        select count(r) from CannedResponse r where r.companyId = :company""")
@NamedQuery(name = CannedResponse.BY_TITLE, query = """
        select r from CannedResponse r where r.companyId = :company and lower(r.title) = lower(:title)""")
public class CannedResponse {

    public static final String OF_COMPANY = "CannedResponse.ofCompany";
    public static final String BY_TITLE = "CannedResponse.byTitle";
    public static final String COUNT_OF_COMPANY = "CannedResponse.countOfCompany";

    public static final int MOST_TITLE_CHARACTERS = 100;
    public static final int MOST_CHARACTERS = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CannedResponse() {}

    public CannedResponse(long companyId, String title, String body, Instant now) {
        this.companyId = companyId;
        change(title, body, now);
    }

    public void change(String title, String body, Instant now) {
        this.title = title;
        this.body = body;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long companyId() {
        return companyId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
