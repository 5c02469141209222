package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.database.ConnectionFunction;
import com.atlassian.jira.database.DatabaseAccessor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Optional;

/**
 * Jira's {@link DatabaseAccessor} outside Jira, over the connection pool of the host's Active Objects: the same
 * database and, in tests, the same statement counting. Like Jira's, {@link #executeQuery} lends a connection for the
 * callback and takes it back after, and inside a running transaction it is a fresh one too, blind to that
 * transaction's uncommitted writes: AO binds the transaction's connection to the thread, so the callback runs on a
 * thread of its own, which AO lends another connection of the pool.
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
        if (!ao.inTransaction()) {
            return lend(callback);
        }
        CompletableFuture<R> outside = new CompletableFuture<>();
        Thread lender = new Thread(() -> {
            try {
                outside.complete(lend(callback));
            } catch (RuntimeException | Error e) {
                outside.completeExceptionally(e);
            }
        }, "csiloop-database-accessor");
        lender.start();
        try {
            return outside.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private <R> R lend(ConnectionFunction<R> callback) {
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            return callback.run(() -> connection);
        } catch (SQLException e) {
            throw new EntityManagerActiveObjects.AoSqlException(e);
        }
    }
}
