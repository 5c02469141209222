package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.database.ConnectionFunction;
import com.atlassian.jira.database.DatabaseAccessor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Jira's {@link DatabaseAccessor} outside Jira, over the connection pool of the host's Active Objects: the same
 * database and, in tests, the same statement counting. Like Jira's, {@link #executeQuery} lends a connection for the
 * callback and takes it back after; Jira's is a fresh one even inside a running transaction, which would not see
 * that transaction's writes, so this one refuses to run inside one (stricter than Jira: the app never does it).
 */
public final class EntityManagerDatabaseAccessor implements DatabaseAccessor {

    private final EntityManagerActiveObjects ao;

    public EntityManagerDatabaseAccessor(EntityManagerActiveObjects ao) {
        this.ao = ao;
    }

    /** The accessor beside a host's Active Objects, which must be an {@link EntityManagerActiveObjects}. */
    public static DatabaseAccessor of(ActiveObjects ao) {
        return new EntityManagerDatabaseAccessor((EntityManagerActiveObjects) ao);
    }

    /** The schema AO was configured with (H2's {@code PUBLIC}, the test schema on PostgreSQL), as Jira's is. */
    @Override
    public Optional<String> getSchemaName() {
        return Optional.ofNullable(ao.entityManager().getProvider().getSchema());
    }

    @Override
    public <R> R executeQuery(ConnectionFunction<R> callback) {
        if (ao.inTransaction()) {
            throw new IllegalStateException("executeQuery inside a transaction: Jira lends a connection of its own,"
                    + " which would not see this transaction's writes");
        }
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            return callback.run(() -> connection);
        } catch (SQLException e) {
            throw new EntityManagerActiveObjects.AoSqlException(e);
        }
    }
}
