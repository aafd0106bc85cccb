package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One wrong code typed for a mobile number, in any of its registrations. Kept for 24 hours: too many lock the number,
 * so that new registrations do not bring new tries.
 */
@Entity
@Table(name = "code_failure")
@NamedQuery(name = CodeFailure.FOR_NUMBER_SINCE, query = """
        select f.failedAt from CodeFailure f where f.mobileNumber = :mobileNumber and f.failedAt > :since
        order by f.failedAt""")
@NamedQuery(name = CodeFailure.FOR_NUMBER, query = """
        select f.failedAt from CodeFailure f where f.mobileNumber = :mobileNumber order by f.failedAt""")
@NamedQuery(name = CodeFailure.FORGET_NUMBER, query = """
        delete from CodeFailure f where f.mobileNumber = :mobileNumber""")
@NamedQuery(name = CodeFailure.FORGET_BEFORE, query = """
        delete from CodeFailure f where f.failedAt <= :before""")
public class CodeFailure {

    public static final String FOR_NUMBER_SINCE = "CodeFailure.forNumberSince";
    public static final String FOR_NUMBER = "CodeFailure.forNumber";
    public static final String FORGET_NUMBER = "CodeFailure.forgetNumber";
    public static final String FORGET_BEFORE = "CodeFailure.forgetBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mobile_number", nullable = false, length = 16)
    private String mobileNumber;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected CodeFailure() {}

    public CodeFailure(String mobileNumber, Instant failedAt) {
        this.mobileNumber = mobileNumber;
        this.failedAt = failedAt;
    }
}
