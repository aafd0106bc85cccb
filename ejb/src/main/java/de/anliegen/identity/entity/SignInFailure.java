package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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
public class SignInFailure {

    public static final String FOR_LOGIN_SINCE = "SignInFailure.forLoginSince";
    public static final String FROM_IP_SINCE = "SignInFailure.fromIpSince";
    public static final String FORGET_LOGIN = "SignInFailure.forgetLogin";
    public static final String FORGET_BEFORE = "SignInFailure.forgetBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String login;

    @Column(name = "ip_address", nullable = false, length = 45)
    private String ipAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {}

    public SignInFailure(String login, String ipAddress, Instant failedAt) {
        this.login = login;
        this.ipAddress = ipAddress;
        this.failedAt = failedAt;
    }
}
