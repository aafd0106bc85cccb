package de.anliegen.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One request of a signed-in person, as the privacy notice lists it: IP, location, browser, OS, device, conversation. */
@Entity
@Table(name = UsageRecord.TABLE)
@NamedQuery(name = UsageRecord.OF_CONSUMER, query = """
        select u from UsageRecord u where u.consumerId = :consumer and u.id > :after order by u.id""")
@NamedQuery(name = UsageRecord.UNSHORTENED_BEFORE, query = """
        select u from UsageRecord u where u.ipShortened = false and u.occurredAt < :before order by u.id""")
@NamedQuery(name = UsageRecord.DELETE_BEFORE, query = """
        delete from UsageRecord u where u.occurredAt < :before""")
@NamedQuery(name = UsageRecord.DELETE_OF_CONSUMER, query = """
        delete from UsageRecord u where u.consumerId = :consumer""")
public class UsageRecord {

    public static final int MOST_LOCATION = 100;

    public static final String OF_CONSUMER = "UsageRecord.ofConsumer";
    public static final String UNSHORTENED_BEFORE = "UsageRecord.unshortenedBefore";
    public static final String DELETE_BEFORE = "UsageRecord.deleteBefore";
    public static final String DELETE_OF_CONSUMER = "UsageRecord.deleteOfConsumer";

    /** The table and the columns of {@link #values()}: new records are written many rows a statement. */
    public static final String TABLE = "usage_record";

    public static final List<String> COLUMNS = List.of(
            "occurred_at",
            "consumer_id",
            "staff_account_id",
            "ip_address",
            "ip_shortened",
            "location",
            "browser",
            "operating_system",
            "device",
            "method",
            "endpoint",
            "status",
            "conversation_id");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "consumer_id")
    private Long consumerId;

    @Column(name = "staff_account_id")
    private Long staffAccountId;

    @Column(name = "ip_address", nullable = false, length = 45)
    private String ipAddress;

    @Column(name = "ip_shortened", nullable = false)
    private boolean ipShortened;

    @Column(nullable = false, length = MOST_LOCATION)
    private String location;

    @Column(nullable = false, length = 100)
    private String browser;

    @Column(name = "operating_system", nullable = false, length = 100)
    private String operatingSystem;

    @Column(nullable = false, length = 100)
    private String device;

    @Column(nullable = false, length = 10)
    private String method;

    @Column(nullable = false, length = 200)
    private String endpoint;

    @Column(nullable = false)
    private int status;

    @Column(name = "conversation_id")
    private Long conversationId;

    protected UsageRecord() {}

    public UsageRecord(
            Instant occurredAt,
            Long consumerId,
            Long staffAccountId,
            String ipAddress,
            String location,
            String browser,
            String operatingSystem,
            String device,
            String method,
            String endpoint,
            int status,
            Long conversationId) {
        this.occurredAt = occurredAt;
        this.consumerId = consumerId;
        this.staffAccountId = staffAccountId;
        this.ipAddress = ipAddress;
        this.location = location;
        this.browser = browser;
        this.operatingSystem = operatingSystem;
        this.device = device;
        this.method = method;
        this.endpoint = endpoint;
        this.status = status;
        this.conversationId = conversationId;
    }

    /** A new record's values, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {
            occurredAt,
            consumerId,
            staffAccountId,
            ipAddress,
            ipShortened,
            location,
            browser,
            operatingSystem,
            device,
            method,
            endpoint,
            status,
            conversationId
        };
    }

    public void shortenIp(String shortened) {
        this.ipAddress = shortened;
        this.ipShortened = true;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long consumerId() {
        return consumerId;
    }

    public Long staffAccountId() {
        return staffAccountId;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public boolean ipShortened() {
        return ipShortened;
    }

    public String location() {
        return location;
    }

    public String browser() {
        return browser;
    }

    public String operatingSystem() {
        return operatingSystem;
    }

    public String device() {
        return device;
    }

    public String method() {
        return method;
    }

    public String endpoint() {
        return endpoint;
    }

    public int status() {
        return status;
    }

    public Long conversationId() {
        return conversationId;
    }
}
