package com.atlassian.jira.database;

import java.sql.Connection;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/database/DatabaseConnection.html
 * (only the member CSI Loop calls).
 */
public interface DatabaseConnection {

    Connection getJdbcConnection();
}
