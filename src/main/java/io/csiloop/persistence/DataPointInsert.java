package io.csiloop.persistence;

import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.persistence.entity.DataPointEntity;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes new data points as JDBC batches on the connection Active Objects' own bulk insert writes with.
 *
 * <p>{@code EntityManager.create(Class, List)} takes its connection from {@link DatabaseProvider#getConnection()},
 * sends one prepared INSERT as a batch and closes the connection. This does the same through the same provider, so
 * inside {@code executeInTransaction} the points join the transaction exactly as AO's insert would: in Jira the
 * host's transaction, outside it the one AO binds to the thread. It names the table and columns as AO does (its
 * table name converter, its quoting). What it leaves out is AO's check of every row against the entity, which in AO
 * 6.1.1 formats an error message for every column of every row whether or not it fails: most of ingestion's time
 * (docs/benchmarks.md, "Ingestion without AO's row check"). {@code DataPointInsertTest} holds the columns to the
 * table's.
 */
final class DataPointInsert {

    /** Every column but the ID, which the database assigns. */
    static final List<String> COLUMNS = List.of("DEFINITION_ID", "OBSERVED_AT_MILLIS", "OBSERVED_DAY",
            "MEASURED_VALUE", "DATA_SOURCE", "NOTE", "RECORDED_BY", "RECORDED_AT_MILLIS", "IMPROVEMENT_CYCLE");

    private final ReportingZone zone;
    private final int chunk;

    DataPointInsert(ReportingZone zone, int chunk) {
        this.zone = zone;
        this.chunk = chunk;
    }

    /**
     * Inserts the points in batches of the chunk size, in their order, on the transaction's connection.
     *
     * @param manager the Active Objects entity manager of the running transaction (any entity's)
     * @return how many points were written
     */
    int write(EntityManager manager, int definitionId, Provenance provenance, long recordedAtMillis,
              List<NewDataPoint> points) throws SQLException {
        DatabaseProvider provider = manager.getProvider();
        try (Connection connection = provider.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql(manager))) {
            int pending = 0;
            for (NewDataPoint p : points) {
                bind(insert, definitionId, p, provenance, recordedAtMillis);
                insert.addBatch();
                if (++pending == chunk) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return points.size();
    }

    private static String sql(EntityManager manager) {
        DatabaseProvider provider = manager.getProvider();
        String table = provider.withSchema(manager.getTableNameConverter().getName(DataPointEntity.class));
        String columns = COLUMNS.stream().map(provider::processID).collect(Collectors.joining(", "));
        String values = Stream.generate(() -> "?").limit(COLUMNS.size()).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
    }

    /** Binds one row in the order of {@link #COLUMNS}. */
    private void bind(PreparedStatement insert, int definitionId, NewDataPoint p, Provenance provenance,
                      long recordedAtMillis) throws SQLException {
        Instant observedAt = p.point().observedAt();
        insert.setInt(1, definitionId);
        insert.setLong(2, observedAt.toEpochMilli());
        insert.setInt(3, zone.dayOf(observedAt));
        insert.setDouble(4, p.point().value());
        insert.setString(5, provenance.source().name());
        text(insert, 6, p.note());
        text(insert, 7, provenance.recordedBy());
        insert.setLong(8, recordedAtMillis);
        insert.setInt(9, provenance.cycle());
    }

    private static void text(PreparedStatement insert, int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }
}
