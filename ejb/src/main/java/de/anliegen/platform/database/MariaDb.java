package de.anliegen.platform.database;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Whether the product runs on MariaDB (production) rather than H2 (development and tests), for the little SQL that
 * differs: the full-text indexes of searches, which only MariaDB has (its migrations beside the common ones,
 * {@value #MIGRATIONS}), and index hints. Told by the dialect the product is configured with ({@code DB_DIALECT}), so
 * that it needs no connection.
 */
public final class MariaDb {

    /** The migrations only MariaDB runs, numbered between the common ones (V30_1 after V30). */
    public static final String MIGRATIONS = "classpath:db/mariadb";

    private MariaDb() {}

    public static boolean isUsedBy(EntityManagerFactory factory) {
        return factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect() instanceof MySQLDialect;
    }
}
