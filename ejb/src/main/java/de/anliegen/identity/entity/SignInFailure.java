package de.anliegen.identity.entity;

import de.anliegen.platform.texts.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One failed sign-in with a password: for which login, from which IP address. Kept for the limits' window only. */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(name = SignInFailure.FOR_LOGIN_SINCE, query = """
        select f.failedAt from SignInFailure f where f.login = :login and f.failedAt > :since order by f.failedAt""")
@NamedQuery(name = SignInFailure.FROM_IP_SINCE, query = """
        select f.failedAt from SignInFailure f where f.ipAddress = :ipAddress and f.failedAt > :since order by f.failedAt""")
@NamedQuery(name = SignInFailure.FORGET_LOGIN, query = """
        delete from SignInFailure f where f.login = :login""")
@NamedQuery(name = SignInFailure.FORGET_BEFORE, query = """
        delete from SignInFailure f where f.failedAt <= :before""")
@NamedQuery(name = SignInFailure.OF_LOGINS, query = """
        select f from SignInFailure f where f.login in :logins order by f.failedAt""")
public class SignInFailure {

    public static final String FOR_LOGIN_SINCE = "SignInFailure.forLoginSince";
    public static final String FROM_IP_SINCE = "SignInFailure.fromIpSince";
    public static final String FORGET_LOGIN = "SignInFailure.forgetLogin";
    public static final String FORGET_BEFORE = "SignInFailure.forgetBefore";
    public static final String OF_LOGINS = "SignInFailure.ofLogins";
    /** How long a failure counts against its login and network. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final int MOST_LOGIN = 320;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MOST_LOGIN)
    private String login;

    @Column(name = "ip_address", nullable = false, length = 45)
    private String ipAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {}

    /**
     * A failure under this login, cut to the column: a login that long is no account's (an address has at most 320
     * characters, lower case may lengthen it), so only the network's limit applies to it.
     */
    public SignInFailure(String login, String ipAddress, Instant failedAt) {
        this.login = Texts.cut(login, MOST_LOGIN);
        this.ipAddress = ipAddress;
        this.failedAt = failedAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String ipAddress() {
        return ipAddress;
    }
}
