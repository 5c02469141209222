package io.csiloop.jira.host;

import com.atlassian.jira.database.DatabaseAccessor;
import io.csiloop.port.SqlReads;

import java.sql.Connection;
import java.util.Optional;
import java.util.function.Function;

/** {@link SqlReads} over Jira's {@link DatabaseAccessor}: {@code executeQuery} lends a connection of its pool. */
public final class JiraSqlReads implements SqlReads {

    private final DatabaseAccessor database;

    public JiraSqlReads(DatabaseAccessor database) {
        this.database = database;
    }

    @Override
    public <R> R onConnection(Function<Connection, R> read) {
        return database.executeQuery(connection -> read.apply(connection.getJdbcConnection()));
    }

    @Override
    public Optional<String> schemaName() {
        return database.getSchemaName();
    }
}
