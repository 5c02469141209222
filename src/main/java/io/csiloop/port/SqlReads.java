package io.csiloop.port;

import java.sql.Connection;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plain SQL reads on the host's database, for the few reads where Active Objects' query shape or its entities cost
 * more than the database's answer (the data point reads of {@code io.csiloop.persistence}). In Jira it is Jira's
 * own JDBC access ({@code io.csiloop.jira.host.JiraSqlReads}); persistence knows only this port.
 */
public interface SqlReads {

    /**
     * Runs {@code read} on a connection of its own, outside any transaction of the caller, so it sees committed rows
     * only; the connection is returned when {@code read} returns.
     */
    <R> R onConnection(Function<Connection, R> read);

    /** The schema the host's tables are in, where its connection configures one; queries must name it then. */
    Optional<String> schemaName();
}
