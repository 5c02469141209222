package io.csiloop.host.ao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every persistence test runs on. Each {@link #open()} gives a fresh, empty database (H2 and
 * HSQLDB in memory; on PostgreSQL a schema of its own in the server named by {@code AO_PG_URL},
 * {@code AO_PG_USER} and {@code AO_PG_PASSWORD}, which {@code .ci/run} starts).
 */
public enum TestDatabase {
    H2 {
        @Override
        Opened create(String name, SqlStatementCounter statements) {
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            return new Opened(this, AoDatabase.h2(url), statements, () -> execute(url, "sa", "", "SHUTDOWN"));
        }
    },
    HSQLDB {
        @Override
        Opened create(String name, SqlStatementCounter statements) {
            // MVCC, not HSQLDB's default two-phase locking: AO's HSQLDB provider inserts under a lock on itself
            // (a synchronized method), so with table locks two concurrent transactions that insert into the same
            // table deadlock, each holding what the other waits for (the provider's monitor, the table lock).
            String url = "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc";
            return new Opened(this, AoDatabase.hsqldb(url), statements, () -> execute(url, "SA", "", "SHUTDOWN"));
        }
    },
    POSTGRESQL {
        @Override
        public boolean isConfigured() {
            String url = System.getenv(PG_URL);
            return url != null && !url.isBlank();
        }

        @Override
        Opened create(String name, SqlStatementCounter statements) {
            String url = System.getenv(PG_URL);
            String user = System.getenv("AO_PG_USER");
            String password = System.getenv("AO_PG_PASSWORD");
            execute(url, user, password, "CREATE SCHEMA " + name);
            String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
            return new Opened(this, new AoDatabase(schemaUrl, user, password, name), statements,
                    () -> execute(url, user, password, "DROP SCHEMA " + name + " CASCADE"));
        }
    };

    static final String PG_URL = "AO_PG_URL";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Whether this database can be reached here; an unconfigured one is reported as skipped. */
    public boolean isConfigured() {
        return true;
    }

    abstract Opened create(String name, SqlStatementCounter statements);

    /** A fresh, empty database, dropped again by {@link Opened#close()}; it counts the statements sent to it. */
    public Opened open() {
        return create(freshName(), new SqlStatementCounter());
    }

    /** A fresh, empty database whose connections are the pool's own: nothing between AO and the driver. */
    public Opened openUncounted() {
        return create(freshName(), null);
    }

    private static String freshName() {
        return "ao_" + SEQUENCE.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    /** An opened test database; closing it disposes the entity manager and drops the data. */
    public static final class Opened implements AutoCloseable {
        private final TestDatabase kind;
        private final AoDatabase database;
        private final SqlStatementCounter statements;
        private final EntityManagerActiveObjects activeObjects;
        private final Runnable drop;

        Opened(TestDatabase kind, AoDatabase database, SqlStatementCounter statements, Runnable drop) {
            this.kind = kind;
            this.database = database;
            this.statements = statements;
            this.activeObjects = new EntityManagerActiveObjects(
                    statements == null ? database.entityManager() : database.entityManager(statements));
            this.drop = drop;
        }

        public TestDatabase kind() {
            return kind;
        }

        public AoDatabase database() {
            return database;
        }

        public EntityManagerActiveObjects activeObjects() {
            return activeObjects;
        }

        /** Counts every SQL statement that {@link #activeObjects()} sends to the database. */
        public SqlStatementCounter statements() {
            if (statements == null) {
                throw new IllegalStateException("opened without counting statements");
            }
            return statements;
        }

        /** A plain JDBC connection to the same database, for assertions on the schema and raw SQL. */
        public Connection jdbc() throws SQLException {
            return DriverManager.getConnection(database.url(), database.username(), database.password());
        }

        @Override
        public void close() {
            activeObjects.entityManager().getProvider().dispose();
            drop.run();
        }
    }
}
