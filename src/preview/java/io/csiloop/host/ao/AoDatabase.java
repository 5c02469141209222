package io.csiloop.host.ao;

import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.apache.commons.dbcp.BasicDataSource;

import javax.sql.DataSource;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * Where an Active Objects {@link EntityManager} outside Jira connects, and how it is built: with the
 * Atlassian name converters, so that tables and columns carry the names Jira gives them
 * ({@code AO_E7FE69_MEASUREMENT_DEF}, {@code DEFINITION_ID}), and with a DBCP connection pool as Jira pools.
 *
 * <p>It assembles what AO's {@code EntityManagerBuilder} would (the same provider for the URL, the same
 * pool, the same configuration), so that a caller may wrap the pooled {@link DataSource}: tests count the
 * SQL statements that reach the driver that way.
 *
 * @param url      JDBC URL
 * @param schema   schema to create tables in, or null for the connection's default; H2 2.x needs {@code PUBLIC}
 */
public record AoDatabase(String url, String username, String password, String schema) {

    /*
     * Active Objects outside Jira starts every transaction SERIALIZABLE unless this property says otherwise; Jira's
     * database connections run at the database's default, READ COMMITTED. Under SERIALIZABLE the tests saw
     * serialization failures on concurrent writers that Jira would not raise, so the harness runs as Jira does.
     */
    static {
        if (System.getProperty("ao.transaction.isolation.level") == null) {
            System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        }
    }

    private static final int POOL_SIZE = 20;
    private static final long POOL_WAIT_MILLIS = 60_000;

    public static AoDatabase h2(String url) {
        return new AoDatabase(url, "sa", "", "PUBLIC");
    }

    public static AoDatabase hsqldb(String url) {
        return new AoDatabase(url, "SA", "", null);
    }

    public EntityManager entityManager() {
        return entityManager(UnaryOperator.identity());
    }

    /** An entity manager whose every connection comes from {@code wrap} applied to the pooled data source. */
    public EntityManager entityManager(UnaryOperator<DataSource> wrap) {
        BasicDataSource pool = pool();
        DisposableDataSource source = DelegatingDisposableDataSourceHandler.newInstance(wrap.apply(pool), () -> {
            try {
                pool.close();
            } catch (SQLException e) {
                // disposing: nothing left to do with a pool that does not close
            }
        });
        return new EntityManager(provider(source), new JiraNaming());
    }

    /**
     * The pool AO's builder makes (DBCP), sized like Jira's default pool (20 connections) and with a bounded wait:
     * a caller that cannot get a connection within a minute fails, where DBCP's default would wait forever.
     */
    private BasicDataSource pool() {
        BasicDataSource pool = new BasicDataSource();
        pool.setDriverClassName(driver().getName());
        pool.setUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaxActive(POOL_SIZE);
        pool.setMaxIdle(POOL_SIZE);
        pool.setMaxWait(POOL_WAIT_MILLIS);
        return pool;
    }

    /** The provider AO's builder picks for the URL; only the databases the tests and the preview run on. */
    private DatabaseProvider provider(DisposableDataSource source) {
        if (url.startsWith("jdbc:h2:")) {
            return new H2DatabaseProvider(source, schema);
        } else if (url.startsWith("jdbc:hsqldb:")) {
            return new HSQLDatabaseProvider(source, schema);
        } else if (url.startsWith("jdbc:postgresql:")) {
            return new PostgreSQLDatabaseProvider(source, schema);
        }
        throw new IllegalArgumentException("not a database CSI Loop runs on outside Jira: " + url);
    }

    private Class<? extends Driver> driver() {
        try {
            return DriverManager.getDriver(url).getClass();
        } catch (SQLException e) {
            throw new IllegalArgumentException("no JDBC driver on the class path takes " + url, e);
        }
    }

    /** The configuration AO's builder makes, with the converters the AO plugin uses inside Jira. */
    private static final class JiraNaming implements EntityManagerConfiguration {
        private final NameConverters converters = new SimpleNameConverters(
                new AtlassianTableNameConverter(AoTablePrefix.csiLoop()),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        private final EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();

        @Override
        @SuppressWarnings("deprecation")
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return converters;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfo;
        }
    }
}
