package de.anliegen.platform.problems;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be used right now (down, unreachable, refusing the credentials: worth waiting for) from
 * a real error, by the exception's causes and their SQL states (class 08: connection, class 28: authorization).
 */
public final class DatabaseFailures {

    private static final String MARKED_FOR_ROLLBACK = "IJ031070";
    private static final int ABORTED_BY_USER = 188;

    private DatabaseFailures() {}

    public static boolean isUnreachable(Throwable failure) {
        return isUnreachable(failure, 0);
    }

    /**
     * Along the causes and the suppressed exceptions: a commit whose connection broke ends in a heuristic outcome that
     * carries the connection error as suppressed. A transaction that IronJacamar marked for rollback when its
     * connection failed answers every further statement with IJ031070 (and Hibernate's {@code find} answers null
     * meanwhile, HHH-12472): that too is the database going away, not a defect.
     */
    private static boolean isUnreachable(Throwable failure, int depth) {
        for (var cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            for (var suppressed : cause.getSuppressed()) {
                if (isUnreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (cause instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().startsWith(MARKED_FOR_ROLLBACK)) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException
                    || cause instanceof java.net.UnknownHostException
                    || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
                return true;
            }
        }
        return false;
    }

    /** A unique or foreign key refused the change (SQL state class 23): two requests raced, or the data conflicts. */
    public static boolean isConstraintViolation(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database gave up on the transaction to resolve a conflict with another one (SQL state 40001, deadlock or
     * serialization failure; MariaDB's lock wait timeout 1205, state HY000), or a row versioned for optimistic locking
     * was changed by another transaction since it was read (a consumer's profile while the officer rectifies it):
     * repeating the request is safe.
     */
    public static boolean isTransientConflict(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                    || cause instanceof SQLException sql
                            && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The statement ran out of the time it was given ({@code SET STATEMENT max_statement_time … FOR} on MariaDB: error
     * 1969, SQL state 70100) and was stopped; the transaction goes on. InnoDB's full-text search, stopped so while it
     * collects its matches, answers its handler's error 188 instead ({@code HA_ERR_ABORTED_BY_USER}, "Unknown error
     * 188", seen on MariaDB 10.11 in 8 of 20 searches for a common word).
     */
    public static boolean isStatementTimeout(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTimeoutException
                    || cause instanceof SQLException sql
                            && ("70100".equals(sql.getSQLState())
                                    || sql.getErrorCode() == 1969
                                    || sql.getErrorCode() == ABORTED_BY_USER)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause in one line, without stack trace: for the server log. */
    public static String describe(Throwable failure) {
        var root = rootCause(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    public static Throwable rootCause(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
