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
public class Consumer {

    public static final String BY_MOBILE_NUMBER = "Consumer.byMobileNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    /** E.164, verified by SMS code; unique. */
    @Column(name = "mobile_number", unique = true, length = 16)
    private String mobileNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Consumer() {}

    public Consumer(String firstName, String lastName, String mobileNumber, Instant createdAt) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.mobileNumber = mobileNumber;
        this.createdAt = createdAt;
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

    public Instant createdAt() {
        return createdAt;
    }
}
