package de.anliegen.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test whose outcome depends on the database (locking, numbering, idempotency, constraints, collation, blobs,
 * export, erasure, the audit chain): .ci/run runs it once more on MariaDB. Tests of HTTP, TLS, headers and pages do
 * not change with the database and run on H2 only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnEveryDatabase.TAG)
public @interface OnEveryDatabase {
    String TAG = "database";
}
