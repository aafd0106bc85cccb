package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who uses the app to reach companies. Registration asks for names and a mobile number, nothing else. */
@Entity
@Table(name = "consumer")
@NamedQuery(name = Consumer.BY_MOBILE_NUMBER, query = """
        select c from Consumer c where c.mobileNumber = :mobileNumber""")
@NamedQuery(name = Consumer.BY_IDS, query = """
        select c from Consumer c where c.id in :ids""")
@NamedQuery(name = Consumer.IDS_AMONG, query = """
        select c.id from Consumer c where c.id in :ids""")
@NamedQuery(name = Consumer.COUNT, query = """
        select count(c) from Consumer c""")
// read from the company's connections (their index), not from every consumer: 130 ms instead of 1.8 s for a company
// with 60,000 of 200,000 consumers (docs/benchmarks.md)
@NamedQuery(name = Consumer.IDS_MATCHING, query = """
        select c.id from Connection n join Consumer c on c.id = n.consumerId
        where n.company.id = :company and n.active = 1 and c.restrictedAt is null
            and (lower(concat(c.firstName, ' ', c.lastName)) like :pattern escape '!'
                 or c.mobileNumber like :number escape '!')
        order by c.id desc""")
@NamedQuery(name = Consumer.IDS_NAMED, query = """
        select c.id from Consumer c
        where lower(concat(c.firstName, ' ', c.lastName)) like :pattern escape '!'
        order by c.id desc""")
@NamedQuery(name = Consumer.BY_EMAIL, query = """
        select c from Consumer c where c.email = :email""")
public class Consumer {

    public static final String BY_MOBILE_NUMBER = "Consumer.byMobileNumber";
    public static final String BY_EMAIL = "Consumer.byEmail";
    public static final String IDS_MATCHING = "Consumer.idsMatching";
    public static final String IDS_NAMED = "Consumer.idsNamed";
    public static final String BY_IDS = "Consumer.byIds";
    public static final String IDS_AMONG = "Consumer.idsAmong";
    public static final String COUNT = "Consumer.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = 200)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 200)
    private String lastName;

    /** E.164, verified by SMS code; unique. */
    @Column(name = "mobile_number", unique = true, length = 16)
    private String mobileNumber;

    /** Optional, and only ever an address the consumer has confirmed by the link we sent to it; unique. */
    @Column(unique = true, length = 320)
    private String email;

    /** Optional: consumers who registered by SMS code need none. PBKDF2, see PasswordHashing. */
    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set while processing is restricted (blocked) by the data protection officer. */
    @Column(name = "restricted_at")
    private Instant restrictedAt;

    @Version
    private long version;

    protected Consumer() {}

    public Consumer(String firstName, String lastName, String mobileNumber, Instant createdAt) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.mobileNumber = mobileNumber;
        this.createdAt = createdAt;
    }

    public void rename(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public void changeMobileNumber(String mobileNumber) {
        this.mobileNumber = mobileNumber;
    }

    public void usePassword(String hash) {
        passwordHash = hash;
    }

    public void confirmEmail(String address) {
        email = address;
    }

    /** Restricts processing; false when it was restricted already. */
    public boolean restrict(Instant now) {
        if (restrictedAt != null) {
            return false;
        }
        restrictedAt = now;
        return true;
    }

    /** Lifts the restriction; false when there was none. */
    public boolean lift() {
        if (restrictedAt == null) {
            return false;
        }
        restrictedAt = null;
        return true;
    }

    public boolean isRestricted() {
        return restrictedAt != null;
    }

    public Instant restrictedAt() {
        return restrictedAt;
    }

    public Long id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String mobileNumber() {
        return mobileNumber;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
