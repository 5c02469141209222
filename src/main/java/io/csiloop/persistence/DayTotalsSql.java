package io.csiloop.persistence;

import com.atlassian.jira.database.DatabaseAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * The data point table's totals per definition and {@code OBSERVED_DAY}, read through Jira's own JDBC access
 * ({@link DatabaseAccessor}) rather than Active Objects: a GROUP BY over many definitions hands back a row per
 * definition and day (hundreds of thousands for a year of a thousand measures), and AO would turn every one into
 * a read-only entity proxy first, which cost more than the query itself on PostgreSQL (docs/benchmarks.md
 * "Persistence"). Plain {@code getInt}/{@code getDouble} on the result set is the database's own speed.
 *
 * <p>Only reads go this way: {@code executeQuery} borrows a connection of its own, outside any transaction the
 * caller runs, so it sees committed rows only; no caller aggregates inside a transaction that wrote points.
 * Writes stay with Active Objects, whose transactions are the app's. Names follow Active Objects' table naming
 * ({@code AO_E7FE69_} + the entity's table), quoted with the driver's own quote, and the schema is named where
 * Jira's connection configures one, as the accessor's javadoc asks.
 */
final class DayTotalsSql {

    /** The table of {@link io.csiloop.persistence.entity.DataPointEntity}, as Active Objects names it in Jira. */
    static final String TABLE = "AO_E7FE69_DATA_POINT";

    /** Receives one row: a definition's totals of one day; {@code observedDay} is null on rows not yet backfilled. */
    interface Day {
        void total(int definitionId, Integer observedDay, int count, double sum, double min, double max);
    }

    private final DatabaseAccessor database;

    DayTotalsSql(DatabaseAccessor database) {
        this.database = database;
    }

    /**
     * Runs one GROUP BY by definition and day, restricted by {@code where} (built by the function from a quoting of
     * column names), and hands every row to {@code day}.
     */
    void read(Function<Function<String, String>, String> where, Object[] parameters, Day day) {
        database.executeQuery(connection -> {
            Connection jdbc = connection.getJdbcConnection();
            try {
                String quote = jdbc.getMetaData().getIdentifierQuoteString().strip();
                Function<String, String> q = name -> quote + name + quote;
                String sql = "SELECT " + q.apply("DEFINITION_ID") + ", " + q.apply("OBSERVED_DAY") + ", COUNT(*), SUM("
                        + q.apply("MEASURED_VALUE") + "), MIN(" + q.apply("MEASURED_VALUE") + "), MAX("
                        + q.apply("MEASURED_VALUE") + ") FROM " + table(q) + " WHERE " + where.apply(q) + " GROUP BY "
                        + q.apply("DEFINITION_ID") + ", " + q.apply("OBSERVED_DAY");
                try (PreparedStatement query = jdbc.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        query.setObject(i + 1, parameters[i]);
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            int observedDay = rows.getInt(2);
                            Integer dated = rows.wasNull() ? null : observedDay; // wasNull speaks of the last read
                            day.total(rows.getInt(1), dated, rows.getInt(3), rows.getDouble(4), rows.getDouble(5),
                                    rows.getDouble(6));
                        }
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("could not total the data points by day: " + e.getMessage(), e);
            }
        });
    }

    private String table(Function<String, String> q) {
        // Jira's schema name is used as configured, unquoted: so Jira's own SQL names it, in the database's case
        return database.getSchemaName().filter(s -> !s.isBlank()).map(s -> s + ".").orElse("") + q.apply(TABLE);
    }
}
