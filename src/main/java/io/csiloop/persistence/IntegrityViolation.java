package io.csiloop.persistence;

import java.sql.SQLException;

/**
 * Recognises a broken constraint (unique index, foreign key, not null) under whatever exception Active Objects
 * wrapped it in: inside Jira an {@code ActiveObjectsSqlException}, outside it the host's own. SQL states of
 * class 23 mean exactly that on every database CSI Loop runs on.
 */
final class IntegrityViolation {

    private IntegrityViolation() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isIntegrity(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIntegrity(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
