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
 * One code sent by SMS: to which number (and its country), for which IP address. Kept for 24 hours, to limit how many
 * are sent to a number, from a network, to a country and in all.
 */
@Entity
@Table(name = "code_sent")
@NamedQuery(name = CodeSent.TO_NUMBER_SINCE, query = """
        select c.sentAt from CodeSent c where c.mobileNumber = :mobileNumber and c.sentAt > :since order by c.sentAt""")
@NamedQuery(name = CodeSent.FOR_IP_SINCE, query = """
        select c.sentAt from CodeSent c where c.ipAddress = :ipAddress and c.sentAt > :since order by c.sentAt""")
@NamedQuery(name = CodeSent.TO_NUMBER, query = """
        select c from CodeSent c where c.mobileNumber = :mobileNumber order by c.sentAt""")
@NamedQuery(name = CodeSent.COUNT_SINCE, query = """
        select count(c), min(c.sentAt) from CodeSent c where c.sentAt > :since""")
@NamedQuery(name = CodeSent.COUNT_TO_COUNTRY_SINCE, query = """
        select count(c), min(c.sentAt) from CodeSent c where c.country = :country and c.sentAt > :since""")
@NamedQuery(name = CodeSent.FORGET_NUMBER, query = """
        delete from CodeSent c where c.mobileNumber = :mobileNumber""")
@NamedQuery(name = CodeSent.FORGET_BEFORE, query = """
        delete from CodeSent c where c.sentAt <= :before""")
public class CodeSent {

    public static final String TO_NUMBER_SINCE = "CodeSent.toNumberSince";
    public static final String FOR_IP_SINCE = "CodeSent.forIpSince";
    public static final String TO_NUMBER = "CodeSent.toNumber";
    public static final String COUNT_SINCE = "CodeSent.countSince";
    public static final String COUNT_TO_COUNTRY_SINCE = "CodeSent.countToCountrySince";
    public static final String FORGET_BEFORE = "CodeSent.forgetBefore";
    public static final String FORGET_NUMBER = "CodeSent.forgetNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mobile_number", nullable = false, length = 16)
    private String mobileNumber;

    /** ISO 3166 code of the number's country, for the operator's budget per country. */
    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "ip_address", nullable = false, length = 45)
    private String ipAddress;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected CodeSent() {}

    public CodeSent(String mobileNumber, String country, String ipAddress, Instant sentAt) {
        this.mobileNumber = mobileNumber;
        this.country = country;
        this.ipAddress = ipAddress;
        this.sentAt = sentAt;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
