package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.persistence.entity.DataPointEntity;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways Active Objects' own API could write data points, for the benchmark to compare with the repository's
 * ({@link DataPointInsert}): AO's bulk create in chunks of a given size (what {@link AoDataPoints} did before),
 * and one entity at a time. Each writes all
 * the points in one transaction, as the repository writes a batch.
 */
public final class IngestionPaths {

    private static final Provenance BENCH = new Provenance(MeasurementSource.CSV, "bench", 1);

    private IngestionPaths() {
    }

    public static void inChunks(ActiveObjects ao, ReportingZone zone, int definitionId, List<DataPoint> points, int chunk) {
        ao.executeInTransaction(() -> {
            BatchInsert<DataPointEntity, Integer> batch = new BatchInsert<>(ao, DataPointEntity.class, chunk);
            points.forEach(p -> batch.add(row(definitionId, zone, NewDataPoint.of(p), BENCH, 0L)));
            return batch.flush();
        });
    }

    public static void oneAtATime(ActiveObjects ao, ReportingZone zone, int definitionId, List<DataPoint> points) {
        ao.executeInTransaction(() -> {
            points.forEach(p -> ao.create(DataPointEntity.class, row(definitionId, zone, NewDataPoint.of(p), BENCH, 0L)));
            return null;
        });
    }

    /** The row {@link DataPointInsert} writes, as a map for AO's create; null columns are left out. */
    private static Map<String, Object> row(int definitionId, ReportingZone zone, NewDataPoint p, Provenance provenance,
            long recordedAtMillis) {
        Instant observedAt = p.point().observedAt();
        Map<String, Object> row = new HashMap<>(16);
        row.put("DEFINITION_ID", definitionId);
        row.put("OBSERVED_AT_MILLIS", observedAt.toEpochMilli());
        row.put("OBSERVED_DAY", zone.dayOf(observedAt));
        row.put("MEASURED_VALUE", p.point().value());
        row.put("DATA_SOURCE", provenance.source().name());
        DefinitionRows.putIfPresent(row, "NOTE", p.note());
        DefinitionRows.putIfPresent(row, "RECORDED_BY", provenance.recordedBy());
        row.put("RECORDED_AT_MILLIS", recordedAtMillis);
        row.put("IMPROVEMENT_CYCLE", provenance.cycle());
        return row;
    }
}
