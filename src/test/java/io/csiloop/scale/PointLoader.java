package io.csiloop.scale;

import io.csiloop.host.ao.AoTablePrefix;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes generated data points straight into the app's {@code DATA_POINT} table with Jira's table name, the columns
 * the app's own write path fills ({@code persistence.DataPointRows}: the day in the reporting zone, the source, who
 * and when recorded, the cycle): PostgreSQL's {@code COPY … FROM STDIN} in chunks, other databases a JDBC batch.
 * This is test data, not the app's write path (which the persistence benchmark measures); it loads ten million
 * points in minutes. The table's indexes stay in place, as they are in a live Jira.
 */
final class PointLoader implements AutoCloseable {

    /** Quoted: Active Objects creates upper-case names, which PostgreSQL keeps only when quoted. */
    static final String TABLE = '"' + AoTablePrefix.csiLoop().prepend("DATA_POINT") + '"';
    private static final String COLUMNS = "\"DEFINITION_ID\", \"OBSERVED_AT_MILLIS\", \"OBSERVED_DAY\", \"MEASURED_VALUE\","
            + " \"DATA_SOURCE\", \"RECORDED_BY\", \"RECORDED_AT_MILLIS\", \"IMPROVEMENT_CYCLE\"";
    private static final int CHUNK = 50_000;

    private final Connection connection;
    private final ZoneId zone;
    private final CopyManager copy;
    private final StringBuilder text = new StringBuilder(8 << 20);
    private final PreparedStatement insert;
    private int pending;
    private long loaded;

    PointLoader(Connection connection, ZoneId zone) throws SQLException {
        this.connection = connection;
        this.zone = zone;
        connection.setAutoCommit(false);
        boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        this.copy = postgres ? new CopyManager(connection.unwrap(BaseConnection.class)) : null;
        this.insert = postgres ? null : connection.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.NO_GENERATED_KEYS);
    }

    /** Adds one point of the definition, recorded by {@code recordedBy} an hour after it was observed, in cycle 1. */
    void add(int definitionId, long observedAtMillis, double value, String source, String recordedBy) throws SQLException {
        long day = LocalDate.ofInstant(Instant.ofEpochMilli(observedAtMillis), zone).toEpochDay();
        long recorded = observedAtMillis + 3_600_000L;
        if (copy != null) {
            text.append(definitionId).append(',').append(observedAtMillis).append(',').append(day).append(',')
                    .append(value).append(',').append(source).append(',').append(recordedBy).append(',')
                    .append(recorded).append(",1\n");
        } else {
            insert.setInt(1, definitionId);
            insert.setLong(2, observedAtMillis);
            insert.setLong(3, day);
            insert.setDouble(4, value);
            insert.setString(5, source);
            insert.setString(6, recordedBy);
            insert.setLong(7, recorded);
            insert.setInt(8, 1);
            insert.addBatch();
        }
        if (++pending == CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        if (copy != null) {
            try {
                copy.copyIn("COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
            text.setLength(0);
        } else {
            insert.executeBatch();
        }
        connection.commit();
        loaded += pending;
        pending = 0;
    }

    long loaded() {
        return loaded;
    }

    /** Writes what is pending and gives the planner fresh statistics, as autovacuum would soon after a load. */
    @Override
    public void close() throws SQLException {
        flush();
        if (insert != null) {
            insert.close();
        }
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute(copy != null ? "VACUUM ANALYZE " + TABLE : "ANALYZE");
        }
        connection.close();
    }
}
