package de.anliegen.platform.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void a_refused_connection_deep_in_the_causes_is_worth_waiting_for() {
        var failure = new RuntimeException(
                "Unable to obtain connection",
                new SQLException(
                        "wrapped",
                        new ResourceException(
                                "IJ000453: Unable to get managed connection",
                                new ConnectException("Connection refused"))));

        assertTrue(DatabaseFailures.isUnreachable(failure));
        assertEquals("ConnectException: Connection refused", DatabaseFailures.describe(failure));
    }

    @Test
    void connection_and_access_denied_sql_states_are_worth_waiting_for() {
        assertTrue(DatabaseFailures.isUnreachable(new SQLException("Socket fail", "08000")));
        assertTrue(DatabaseFailures.isUnreachable(new SQLException("Access denied for user 'anliegen'", "28000")));
    }

    @Test
    void a_commit_whose_connection_broke_carries_the_connection_error_as_suppressed() {
        var heuristic = new IllegalStateException("HeuristicMixedException");
        heuristic.addSuppressed(new RuntimeException(new SQLException("(conn=93) Socket error", "08000")));
        var failure = new RuntimeException("EJBException", heuristic);

        assertTrue(DatabaseFailures.isUnreachable(failure));
    }

    @Test
    void a_transaction_marked_for_rollback_after_its_connection_failed_is_worth_waiting_for() {
        var failure = new RuntimeException(
                "could not prepare statement",
                new SQLException("IJ031070: Transaction cannot proceed: STATUS_MARKED_ROLLBACK"));

        assertTrue(DatabaseFailures.isUnreachable(failure));
        assertFalse(DatabaseFailures.isUnreachable(new RuntimeException(new SQLException("IJ031071: other"))));
    }

    @Test
    void a_deadlock_or_lock_wait_timeout_may_be_repeated_and_nothing_else_may() {
        var deadlock = new RuntimeException(new SQLException("Deadlock found when trying to get lock", "40001", 1213));
        var lockWait = new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        var duplicate = new RuntimeException(new SQLException("Duplicate entry", "23000", 1062));

        assertTrue(DatabaseFailures.isTransientConflict(deadlock));
        assertTrue(DatabaseFailures.isTransientConflict(lockWait));
        assertTrue(DatabaseFailures.isTransientConflict(
                new RuntimeException(new jakarta.persistence.OptimisticLockException("changed meanwhile"))));
        assertFalse(DatabaseFailures.isTransientConflict(duplicate));
    }

    @Test
    void a_statement_stopped_at_its_time_budget_is_told_from_other_errors() {
        var stopped = new SQLException("Query execution was interrupted (max_statement_time exceeded)", "70100", 1969);
        var fullTextStopped = new SQLException("(conn=40) Unknown error 188", "HY000", 188);
        var lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

        assertTrue(DatabaseFailures.isStatementTimeout(new RuntimeException(stopped)));
        assertTrue(DatabaseFailures.isStatementTimeout(fullTextStopped));
        assertFalse(DatabaseFailures.isStatementTimeout(lockWait));
        assertFalse(DatabaseFailures.isStatementTimeout(new SQLSyntaxErrorException("no such table", "42S02")));
    }

    @Test
    void a_broken_statement_is_a_real_error() {
        var failure = new RuntimeException(new SQLSyntaxErrorException("Table 'x' doesn't exist", "42S02"));

        assertFalse(DatabaseFailures.isUnreachable(failure));
    }
}
