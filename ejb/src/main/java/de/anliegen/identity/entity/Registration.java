package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A registration (or sign-in) with a mobile number, waiting for the code sent by SMS. The code is kept only as a
 * hash; it expires, works once, and too many wrong tries burn the registration.
 */
@Entity
@Table(name = "registration")
@NamedQuery(name = Registration.FORGET_NUMBER, query = """
        delete from Registration r where r.mobileNumber = :mobileNumber""")
@NamedQuery(name = Registration.FORGET_CONSUMER, query = """
        delete from Registration r where r.consumerId = :consumer""")
@NamedQuery(name = Registration.NUMBERS_OF_CONSUMER, query = """
        select distinct r.mobileNumber from Registration r where r.consumerId = :consumer and r.state = 'COMPLETED'""")
@NamedQuery(name = Registration.FORGET_BEFORE, query = """
        delete from Registration r where r.createdAt <= :before""")
@NamedQuery(name = Registration.OF_CONSUMER, query = """
        select r from Registration r
        where r.consumerId = :consumer
            or (r.mobileNumber = :mobileNumber and r.state = :completed
                and r.purpose = de.anliegen.identity.entity.Registration.Purpose.SIGN_IN)
        order by r.createdAt""")
public class Registration {

    public static final String FORGET_NUMBER = "Registration.forgetNumber";
    public static final String FORGET_CONSUMER = "Registration.forgetConsumer";
    public static final String FORGET_BEFORE = "Registration.forgetBefore";
    /**
     * The numbers the consumer confirmed in the registrations still kept: one they had before within the last day
     * too, never one they only asked to change to (someone else's, perhaps).
     */
    public static final String NUMBERS_OF_CONSUMER = "Registration.numbersOfConsumer";
    /**
     * The consumer's own: checks of their identity or a new number, and sign-ins with their number whose code came
     * back (one typing their number by mistake gets no code, and their names are not the consumer's data).
     */
    public static final String OF_CONSUMER = "Registration.ofConsumer";

    public static final String COMPLETED = State.COMPLETED.name();

    /** Random and unguessable: it is the app's handle on the registration. */
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "first_name", nullable = false, length = 200)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 200)
    private String lastName;

    @Column(name = "mobile_number", nullable = false, length = 16)
    private String mobileNumber;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "code_salt", nullable = false, length = 44)
    private String codeSalt;

    @Column(name = "code_expires_at", nullable = false)
    private Instant codeExpiresAt;

    @Column(name = "codes_sent", nullable = false)
    private int codesSent;

    @Column(name = "next_send_at", nullable = false)
    private Instant nextSendAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(nullable = false, length = 16)
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    /**
     * For a new number or an identity check: whose it is. Empty for a sign-in, which finds the consumer by number,
     * until it is completed: then whose it was.
     */
    @Column(name = "consumer_id")
    private Long consumerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Registration() {}

    public Registration(String id, String firstName, String lastName, String mobileNumber, Instant createdAt) {
        this(id, firstName, lastName, mobileNumber, Purpose.SIGN_IN, null, createdAt);
    }

    public Registration(
            String id,
            String firstName,
            String lastName,
            String mobileNumber,
            Purpose purpose,
            Long consumerId,
            Instant createdAt) {
        this.id = id;
        this.purpose = purpose;
        this.consumerId = consumerId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.mobileNumber = mobileNumber;
        this.createdAt = createdAt;
        this.state = State.WAITING.name();
    }

    /** A new code replaces the old one; the next one may be sent after the delay for this many sends. */
    public void codeSent(String salt, String hash, Instant now, Duration validFor, List<Integer> resendDelaysMinutes) {
        codeSalt = salt;
        codeHash = hash;
        codeExpiresAt = now.plus(validFor);
        var delay = resendDelaysMinutes.get(Math.min(codesSent, resendDelaysMinutes.size() - 1));
        codesSent++;
        nextSendAt = now.plus(Duration.ofMinutes(delay));
    }

    /** A wrong code: one try fewer, and none left burns the registration. */
    public void wrongCode(int maxAttempts) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            state = State.BURNT.name();
        }
    }

    public void complete() {
        state = State.COMPLETED.name();
    }

    /**
     * A sign-in by code came to this consumer (registered by it, or found under the number): the registration is
     * theirs from now on, so that their export and erasure reach it also after they changed their number.
     */
    public void signedIn(long consumer) {
        consumerId = consumer;
    }

    public boolean isWaiting() {
        return State.WAITING.name().equals(state);
    }

    public boolean isBurnt() {
        return State.BURNT.name().equals(state);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(codeExpiresAt);
    }

    public String id() {
        return id;
    }

    /**
     * Whether it is a registration for this purpose of this consumer; a sign-in's is anyone's who has its id (it
     * names its consumer only once it is completed).
     */
    public boolean serves(Purpose wanted, Long consumer) {
        return purpose == wanted && (purpose == Purpose.SIGN_IN || java.util.Objects.equals(consumerId, consumer));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** Waiting for its code, completed, or burnt by wrong codes (as the enum State names it). */
    public String state() {
        return state;
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

    public String codeHash() {
        return codeHash;
    }

    public String codeSalt() {
        return codeSalt;
    }

    public Instant codeExpiresAt() {
        return codeExpiresAt;
    }

    public Instant nextSendAt() {
        return nextSendAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    /** What the code proves. */
    public enum Purpose {
        /** Sign in, or register: whoever has the number. */
        SIGN_IN,
        /** That the consumer holds the new number they gave. */
        NEW_NUMBER,
        /** That it really is the consumer, before something that cannot be undone. */
        IDENTITY
    }

    private enum State {
        WAITING,
        COMPLETED,
        BURNT
    }
}
