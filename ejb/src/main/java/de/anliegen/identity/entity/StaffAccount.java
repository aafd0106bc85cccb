package de.anliegen.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A person who works in the portal: an agent or admin of a company, a platform admin, or the data protection officer. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.ACTIVE_OF_COMPANY, query = """
        select a from StaffAccount a where a.companyId = :company and a.active = true order by a.displayName, a.id""")
@NamedQuery(name = StaffAccount.BY_EMAIL, query = """
        select s from StaffAccount s where s.email = :email""")
public class StaffAccount {

    public static final String BY_EMAIL = "StaffAccount.byEmail";
    public static final String ACTIVE_OF_COMPANY = "StaffAccount.activeOfCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    /** The company the account works for; none for platform staff. An id, since companies are another component. */
    @Column(name = "company_id")
    private Long companyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "staff_account_id"))
    @Column(name = "role", nullable = false, length = 40)
    private Set<String> roles = new TreeSet<>();

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffAccount() {}

    public StaffAccount(
            String email,
            String displayName,
            String passwordHash,
            Long companyId,
            Set<String> roles,
            Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.companyId = companyId;
        this.roles.addAll(roles);
        this.active = true;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Long companyId() {
        return companyId;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }
}
