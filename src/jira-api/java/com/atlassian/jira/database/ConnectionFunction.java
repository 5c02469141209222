package com.atlassian.jira.database;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/database/ConnectionFunction.html
 */
@FunctionalInterface
public interface ConnectionFunction<R> {

    R run(DatabaseConnection connection);
}
