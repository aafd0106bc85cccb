package de.anliegen.company.entity;

import de.anliegen.platform.problems.Invalid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participating company: consumers connect to it and send it service requests. */
@Entity
@Table(name = "company")
@NamedQuery(name = Company.BY_HANDLE, query = """
        select c from Company c where c.handle = :handle""")
@NamedQuery(name = Company.SEARCH, query = """
        select c from Company c
        where c.suspendedAt is null and (lower(c.name) like :pattern escape '!' or c.handle like :pattern escape '!'
            or lower(c.description) like :pattern escape '!')
        order by c.name, c.id""")
@NamedQuery(name = Company.COUNT, query = """
        select count(c) from Company c
        where c.suspendedAt is null and (lower(c.name) like :pattern escape '!' or c.handle like :pattern escape '!'
            or lower(c.description) like :pattern escape '!')""")
@NamedQuery(name = Company.ALL, query = """
        select c from Company c order by c.name, c.id""")
@NamedQuery(name = Company.COUNT_ALL, query = """
        select count(c) from Company c""")
@NamedQuery(name = Company.MAILING_WHEN_AWAY, query = """
        select c from Company c where c.awayMailMinutes is not null and c.suspendedAt is null order by c.id""")
public class Company {

    public static final String BY_HANDLE = "Company.byHandle";
    public static final String SEARCH = "Company.search";
    public static final String COUNT = "Company.count";
    public static final String ALL = "Company.all";
    public static final String COUNT_ALL = "Company.countAll";
    public static final String MAILING_WHEN_AWAY = "Company.mailingWhenAway";
    public static final int FEWEST_AWAY_MAIL_MINUTES = 5;
    public static final int MOST_AWAY_MAIL_MINUTES = 1440;
    public static final int FEWEST_FIRST_RESPONSE_MINUTES = 5;
    /** A week of working hours at most. */
    public static final int MOST_FIRST_RESPONSE_MINUTES = 7 * 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** URL-safe, unique, for example {@code stadtwerke-musterstadt}. */
    @Column(nullable = false, unique = true, length = 60)
    private String handle;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(name = "service_hours", length = 200)
    private String serviceHours;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "logo_updated_at")
    private Instant logoUpdatedAt;

    /** Since when the company's use of the service is suspended by the platform; null while it participates. */
    @Column(name = "suspended_at")
    private Instant suspendedAt;

    /**
     * After how many minutes a consumer's message that waits while no one of the company is in the portal is mailed
     * about to the agent its request is assigned to; null: never.
     */
    @Column(name = "away_mail_minutes")
    private Integer awayMailMinutes;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "working_hours", length = 120)
    private String workingHours;

    protected Company() {}

    public Company(String handle, String name, String description, String serviceHours, Instant createdAt) {
        this.handle = handle;
        this.name = name;
        this.description = description;
        this.serviceHours = serviceHours;
        this.createdAt = createdAt;
    }

    /** What the app shows of the company. */
    public void changeProfile(String name, String description, String serviceHours) {
        this.name = name;
        this.description = description;
        this.serviceHours = serviceHours;
    }

    /** Mail the assigned agent after so many minutes (5 to 1,440, a day) while no one is in, or never (null). */
    public void mailWhenAway(Integer minutes) {
        if (minutes != null && (minutes < FEWEST_AWAY_MAIL_MINUTES || minutes > MOST_AWAY_MAIL_MINUTES)) {
            throw new Invalid(
                    "invalid-away-minutes",
                    "awayMailMinutes",
                    "The minutes are between " + FEWEST_AWAY_MAIL_MINUTES + " and " + MOST_AWAY_MAIL_MINUTES
                            + ", or none.");
        }
        awayMailMinutes = minutes;
    }

    public Integer awayMailMinutes() {
        return awayMailMinutes;
    }

    /**
     * The company promises a first response within so many minutes (5 to a week) of its working hours (as text, see
     * {@code ServiceHours}; null: around the clock), or promises none (null minutes).
     */
    public void promiseFirstResponse(Integer minutes, String hours) {
        if (minutes != null && (minutes < FEWEST_FIRST_RESPONSE_MINUTES || minutes > MOST_FIRST_RESPONSE_MINUTES)) {
            throw new Invalid(
                    "invalid-first-response-minutes",
                    "firstResponseMinutes",
                    "The minutes are between " + FEWEST_FIRST_RESPONSE_MINUTES + " and " + MOST_FIRST_RESPONSE_MINUTES
                            + ", or none.");
        }
        firstResponseMinutes = minutes;
        workingHours = hours == null || hours.isEmpty() ? null : hours;
    }

    public Integer firstResponseMinutes() {
        return firstResponseMinutes;
    }

    public String workingHours() {
        return workingHours;
    }

    public void suspend(Instant now) {
        if (suspendedAt == null) {
            suspendedAt = now;
        }
    }

    public void resume() {
        suspendedAt = null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void logoChanged(Instant at) {
        logoUpdatedAt = at;
    }

    public Instant logoUpdatedAt() {
        return logoUpdatedAt;
    }

    public Long id() {
        return id;
    }

    public String handle() {
        return handle;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String serviceHours() {
        return serviceHours;
    }
}
