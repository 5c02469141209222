package io.csiloop.persistence.bench;

import io.csiloop.measure.DataPoint;
import io.csiloop.measure.ReportingZone;
import io.csiloop.persistence.AoDataPoints;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The baselines: what plain JDBC does with the same table, written the way one would by hand (one prepared
 * INSERT with every column the repository fills, JDBC batches of the repository's chunk size, one commit per
 * batch of points; one GROUP BY for the day totals).
 */
final class RawJdbc {

    static final String TABLE = "\"AO_E7FE69_DATA_POINT\"";
    /** Rows per executeBatch: the repository's own chunk size, so that both send the same batches. */
    static final int CHUNK = AoDataPoints.CHUNK;
    private static final String INSERT = "INSERT INTO " + TABLE + " (\"DEFINITION_ID\", \"OBSERVED_AT_MILLIS\", "
            + "\"OBSERVED_DAY\", \"MEASURED_VALUE\", \"DATA_SOURCE\", \"RECORDED_BY\", \"RECORDED_AT_MILLIS\", "
            + "\"IMPROVEMENT_CYCLE\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private RawJdbc() {
    }

    /** Inserts the points of one definition in one transaction, as the repository does a batch. */
    static void insert(Connection c, int definitionId, List<DataPoint> points, ReportingZone zone, int chunk)
            throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            long now = System.currentTimeMillis();
            int pending = 0;
            for (DataPoint p : points) {
                insert.setInt(1, definitionId);
                insert.setLong(2, p.observedAt().toEpochMilli());
                insert.setInt(3, zone.dayOf(p.observedAt()));
                insert.setDouble(4, p.value());
                insert.setString(5, "CSV");
                insert.setString(6, "bench");
                insert.setLong(7, now);
                insert.setInt(8, 1);
                insert.addBatch();
                if (++pending == chunk) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        c.commit();
    }

    /** The day totals of the definitions in [from, to), read to the last row; returns how many rows. */
    static int dayTotals(Connection c, Collection<Integer> definitionIds, Instant from, Instant to) throws SQLException {
        String in = "?, ".repeat(definitionIds.size() - 1) + "?";
        String sql = "SELECT \"DEFINITION_ID\", \"OBSERVED_DAY\", COUNT(\"ID\"), SUM(\"MEASURED_VALUE\"), "
                + "MIN(\"MEASURED_VALUE\"), MAX(\"MEASURED_VALUE\") FROM " + TABLE + " WHERE \"DEFINITION_ID\" IN ("
                + in + ") AND \"OBSERVED_AT_MILLIS\" >= ? AND \"OBSERVED_AT_MILLIS\" < ? "
                + "GROUP BY \"DEFINITION_ID\", \"OBSERVED_DAY\"";
        try (PreparedStatement query = c.prepareStatement(sql)) {
            int i = 1;
            for (int id : definitionIds) {
                query.setInt(i++, id);
            }
            query.setLong(i++, from.toEpochMilli());
            query.setLong(i, to.toEpochMilli());
            int rows = 0;
            double check = 0;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    check += rs.getInt(1) + rs.getInt(2) + rs.getInt(3) + rs.getDouble(4) + rs.getDouble(5) + rs.getDouble(6);
                    rows++;
                }
            }
            return check == Double.NEGATIVE_INFINITY ? -1 : rows; // use every column, so nothing is skipped
        }
    }

    /** Empties the data point table between runs, so that each run starts from the same table. */
    static void clear(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + TABLE);
        }
    }
}
