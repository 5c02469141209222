package com.atlassian.jira.database;

import java.util.Optional;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/database/DatabaseAccessor.html
 * (a {@code @PublicApi} interface of jira-api since 7.0; the members below are those of its published javadoc
 * that CSI Loop calls). {@code executeQuery} borrows a fresh connection from Jira's pool, even inside a running
 * transaction, and returns it when the callback ends.
 */
public interface DatabaseAccessor {

    /** The schema name configured for Jira's database connection, which queries must name where one is set. */
    Optional<String> getSchemaName();

    <R> R executeQuery(ConnectionFunction<R> callback);
}
