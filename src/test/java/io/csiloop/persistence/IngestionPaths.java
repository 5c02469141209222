package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.persistence.entity.DataPointEntity;

import java.util.List;

/**
 * The ways the store could write data points, for the benchmark to compare: AO's bulk create in chunks of a
 * given size (what {@link AoDataPoints} does, with its chunk size), and one entity at a time. Each writes all
 * the points in one transaction, as the repository writes a batch.
 */
public final class IngestionPaths {

    private static final Provenance BENCH = new Provenance(MeasurementSource.CSV, "bench", 1);

    private IngestionPaths() {
    }

    public static void inChunks(ActiveObjects ao, ReportingZone zone, int definitionId, List<DataPoint> points, int chunk) {
        ao.executeInTransaction(() -> {
            BatchInsert<DataPointEntity, Integer> batch = new BatchInsert<>(ao, DataPointEntity.class, chunk);
            points.forEach(p -> batch.add(DataPointRows.newRow(definitionId, zone, NewDataPoint.of(p), BENCH, 0L)));
            return batch.flush();
        });
    }

    public static void oneAtATime(ActiveObjects ao, ReportingZone zone, int definitionId, List<DataPoint> points) {
        ao.executeInTransaction(() -> {
            points.forEach(p -> ao.create(DataPointEntity.class, DataPointRows.newRow(definitionId, zone, NewDataPoint.of(p), BENCH, 0L)));
            return null;
        });
    }
}
