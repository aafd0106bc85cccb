package de.anliegen.platform.health;

import de.anliegen.platform.database.Migrations;
import de.anliegen.platform.health.HealthReport.Check;
import de.anliegen.platform.problems.DatabaseFailures;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Whether the product can serve: the database answers and its schema is up to date. */
@Stateless
@PermitAll
public class Health {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Migrations.DATASOURCE)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public HealthReport check() {
        return HealthReport.of(List.of(database()));
    }

    private Check database() {
        String connection;
        boolean reachable;
        try (var c = dataSource.getConnection()) {
            reachable = c.isValid(TIMEOUT_SECONDS);
            connection = reachable ? "answers" : "does not answer within " + TIMEOUT_SECONDS + " s";
        } catch (SQLException | RuntimeException e) {
            reachable = false;
            // /health is public: the kind of failure, not its message (which names users and hosts)
            connection = "cannot be used ("
                    + DatabaseFailures.rootCause(e).getClass().getSimpleName() + ")";
        }
        return Check.of(
                "database",
                reachable && migrations.isReady(),
                Map.of("connection", connection, "schema", migrations.status()));
    }
}
