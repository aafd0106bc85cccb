package de.anliegen.platform.database;

import de.anliegen.platform.problems.DatabaseFailures;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings the schema to the newest version at start-up (Flyway owns it), then lets Hibernate check that every entity
 * matches it. While the database cannot be reached the server keeps running, says so in one log line, reports DOWN
 * on /health and tries again until it can.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    public static final String DATASOURCE = "java:jboss/datasources/AnliegenDS";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile State state = State.STARTING;
    private volatile String version = "none";

    @PostConstruct
    void start() {
        attempt();
    }

    @Timeout
    void retry() {
        attempt();
    }

    @Lock(LockType.READ)
    public boolean isReady() {
        return state == State.READY;
    }

    /** What an operator reads on /health: the schema version, or why there is none yet. */
    @Lock(LockType.READ)
    public String status() {
        return switch (state) {
            case STARTING -> "starting";
            case WAITING_FOR_DATABASE -> "waiting for the database";
            case BROKEN -> "schema migration failed; see the server log";
            case READY -> "schema version " + version;
        };
    }

    private void attempt() {
        try {
            var locations = MariaDb.isUsedBy(entityManagerFactory)
                    ? new String[] {"classpath:db/migration", MariaDb.MIGRATIONS}
                    : new String[] {"classpath:db/migration"};
            var result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations)
                    .load()
                    .migrate();
            entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
            version = result.targetSchemaVersion != null ? result.targetSchemaVersion : currentVersion();
            state = State.READY;
            LOG.info(() -> "Database schema is at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now)");
            schemaReady.fire(new SchemaReady(version));
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnreachable(e)) {
                var seconds = settings.getInt(Setting.DATABASE_RETRY_SECONDS);
                state = State.WAITING_FOR_DATABASE;
                LOG.warning("The database cannot be used (" + DatabaseFailures.describe(e)
                        + "); check that it runs and DB_URL. " + "Trying again in " + seconds + " s.");
                timers.createSingleActionTimer(seconds * 1000L, new TimerConfig(null, false));
            } else {
                state = State.BROKEN;
                LOG.log(Level.SEVERE, "The database schema could not be brought up to date: " + e.getMessage(), e);
            }
        }
    }

    private String currentVersion() {
        var current = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .load()
                .info()
                .current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private enum State {
        STARTING,
        WAITING_FOR_DATABASE,
        BROKEN,
        READY
    }
}
