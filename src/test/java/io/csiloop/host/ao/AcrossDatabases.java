package io.csiloop.host.ao;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test once on each {@link TestDatabase}, each time on a fresh empty database. The test
 * method may take {@link com.atlassian.activeobjects.external.ActiveObjects},
 * {@link EntityManagerActiveObjects} or {@link TestDatabase.Opened} parameters. PostgreSQL runs where
 * {@code AO_PG_URL} is set and is reported as skipped elsewhere.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(AoDatabasesExtension.class)
public @interface AcrossDatabases {
}
