package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link DataPoints} over Active Objects: batches through AO's JDBC batch insert, reads by keyset pages. */
public final class AoDataPoints implements DataPoints {

    /** Rows per JDBC batch: large enough to amortise a round trip, small enough to bound memory. */
    public static final int CHUNK = 1_000;
    /** Rows per page when reading in time order. */
    static final int PAGE = 5_000;

    private final ActiveObjects ao;
    private final Clock clock;
    private final ReportingZone zone;

    public AoDataPoints(ActiveObjects ao, Clock clock, ReportingZone zone) {
        this.ao = ao;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public int record(int definitionId, Provenance provenance, List<NewDataPoint> points) {
        check(provenance, points);
        if (points.isEmpty()) {
            return 0;
        }
        long recordedAt = clock.millis();
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(MeasurementDefEntity.class, Query.select().where("ID = ?", definitionId)) == 0) {
                    throw new DefinitionNotFound(definitionId);
                }
                BatchInsert<DataPointEntity, Integer> batch = new BatchInsert<>(ao, DataPointEntity.class, CHUNK);
                for (NewDataPoint point : points) {
                    batch.add(DataPointRows.newRow(definitionId, zone, point, provenance, recordedAt));
                }
                return batch.flush();
            });
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e)) { // the definition was deleted after the check
                DefinitionNotFound gone = new DefinitionNotFound(definitionId);
                gone.initCause(e);
                throw gone;
            }
            throw e;
        }
    }

    @Override
    public List<StoredDataPoint> between(int definitionId, Instant from, Instant to) {
        List<StoredDataPoint> points = new ArrayList<>();
        new TimeOrderedPages<>(ao, definitionId, from, to, PAGE, DataPointRows.ALL_COLUMNS,
                row -> DataPointRows.stored(definitionId, row)).forEachRemaining(points::add);
        return points;
    }

    @Override
    public Iterable<DataPoint> inTimeOrder(int definitionId, Instant from, Instant to) {
        return () -> new TimeOrderedPages<>(ao, definitionId, from, to, PAGE, DataPointRows.POINT_COLUMNS,
                DataPointRows::point);
    }

    @Override
    public int count(int definitionId) {
        return ao.count(DataPointEntity.class, Query.select().where("DEFINITION_ID = ?", definitionId));
    }

    @Override
    public int countInCycle(int definitionId, int cycle) {
        return ao.count(DataPointEntity.class,
                Query.select().where("DEFINITION_ID = ? AND IMPROVEMENT_CYCLE = ?", definitionId, cycle));
    }

    private static void check(Provenance provenance, List<NewDataPoint> points) {
        RecordChecks checks = new RecordChecks().required("provenance", provenance).required("points", points);
        if (provenance != null) {
            provenance.check(checks.within("provenance."));
        }
        for (int i = 0; points != null && i < points.size(); i++) {
            NewDataPoint point = points.get(i);
            boolean valid = point != null && point.point() != null
                    && (point.note() == null || point.note().length() <= NewDataPoint.NOTE_MAX
                    && RecordChecks.storable(point.note()));
            if (!valid) { // field names are built only for the invalid few: batches run to millions
                checks.required("points[" + i + "]", point);
                if (point != null) {
                    checks.within("points[" + i + "].").required("point", point.point())
                            .optionalText("note", point.note(), NewDataPoint.NOTE_MAX);
                }
            }
        }
        checks.orRefuse("invalid data points");
    }
}
