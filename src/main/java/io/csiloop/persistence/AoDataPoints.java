package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPointNotFound;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PointChange;
import io.csiloop.measure.PointChangeAction;
import io.csiloop.measure.PointEdit;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link DataPoints} over Active Objects: JDBC batches on AO's connection ({@link DataPointInsert}), reads by keyset
 * pages, corrections and deletions one point at a time, each with its entry in {@link PointChangeLog}.
 */
public final class AoDataPoints implements DataPoints {

    /** Rows per JDBC batch: large enough to amortise a round trip, small enough to bound memory. */
    public static final int CHUNK = 1_000;
    /** Rows per page when reading in time order. */
    static final int PAGE = 5_000;

    private final ActiveObjects ao;
    private final Clock clock;
    private final ReportingZone zone;
    private final DataPointInsert insert;

    public AoDataPoints(ActiveObjects ao, Clock clock, ReportingZone zone) {
        this.ao = ao;
        this.clock = clock;
        this.zone = zone;
        this.insert = new DataPointInsert(zone, CHUNK);
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
                int earliestDay = points.stream().mapToInt(p -> zone.dayOf(p.point().observedAt())).min().orElseThrow();
                MeasurementDefEntity definition = DayTotalsMark.pointsWritten(ao, definitionId, earliestDay, recordedAt)
                        .orElseThrow(() -> new DefinitionNotFound(definitionId));
                try {
                    return insert.write(definition.getEntityManager(), definitionId, provenance, recordedAt, points);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not write the data points of definition " + definitionId
                            + ": " + e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e) && ao.get(MeasurementDefEntity.class, definitionId) == null) {
                // the definition was deleted between its lookup and the lock; any other violation is reported as it is
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
    public List<StoredDataPoint> page(int definitionId, Instant from, Instant to, int start, int limit) {
        List<StoredDataPoint> page = new ArrayList<>();
        ao.stream(DataPointEntity.class, Query.select(DataPointRows.ALL_COLUMNS).where(TimeOrderedPages.IN_RANGE, definitionId,
                from.toEpochMilli(), to.toEpochMilli()).order(TimeOrderedPages.TIME_ORDER).offset(start).limit(limit),
                row -> page.add(DataPointRows.stored(definitionId, row)));
        return page;
    }

    @Override
    public int count(int definitionId, Instant from, Instant to) {
        return ao.count(DataPointEntity.class, Query.select().where(TimeOrderedPages.IN_RANGE, definitionId, from.toEpochMilli(),
                to.toEpochMilli()));
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

    @Override
    public Optional<StoredDataPoint> find(int definitionId, int pointId) {
        return row(definitionId, pointId).map(row -> DataPointRows.stored(definitionId, row));
    }

    @Override
    public StoredDataPoint correct(int definitionId, int pointId, NewDataPoint corrected, PointEdit edit) {
        RecordChecks checks = new RecordChecks().required("point", corrected);
        if (corrected != null) {
            checks.within("point.").required("point", corrected.point())
                    .optionalText("note", corrected.note(), NewDataPoint.NOTE_MAX);
        }
        check(checks, edit);
        long at = clock.millis();
        return unlessChanged(pointId, () -> ao.executeInTransaction(() -> {
            int number = PointChangeLog.nextNumber(ao, pointId);
            DataPointEntity row = row(definitionId, pointId)
                    .orElseThrow(() -> new DataPointNotFound(definitionId, pointId));
            StoredDataPoint before = DataPointRows.stored(definitionId, row);
            DayTotalsMark.pointsWritten(ao, definitionId, Math.min(zone.dayOf(before.point().observedAt()),
                    zone.dayOf(corrected.point().observedAt())), at);
            PointChangeLog.append(ao, number, before, PointChangeAction.CORRECTED, corrected, edit, at);
            DataPointRows.correct(row, zone, corrected);
            return new StoredDataPoint(pointId, definitionId, corrected.point(), corrected.note(),
                    before.provenance(), before.recordedAt());
        }));
    }

    @Override
    public void delete(int definitionId, int pointId, PointEdit edit) {
        check(new RecordChecks(), edit);
        long at = clock.millis();
        unlessChanged(pointId, () -> ao.executeInTransaction(() -> {
            int number = PointChangeLog.nextNumber(ao, pointId);
            DataPointEntity row = row(definitionId, pointId)
                    .orElseThrow(() -> new DataPointNotFound(definitionId, pointId));
            StoredDataPoint gone = DataPointRows.stored(definitionId, row);
            DayTotalsMark.pointsWritten(ao, definitionId, zone.dayOf(gone.point().observedAt()), at);
            PointChangeLog.append(ao, number, gone, PointChangeAction.DELETED, null, edit, at);
            ao.deleteWithSQL(DataPointEntity.class, "ID = ?", pointId);
            return null;
        }));
    }

    @Override
    public List<PointChange> history(int definitionId, int pointId) {
        return PointChangeLog.of(ao, definitionId, pointId);
    }

    private Optional<DataPointEntity> row(int definitionId, int pointId) {
        DataPointEntity[] rows = ao.find(DataPointEntity.class, Query.select(DataPointRows.ALL_COLUMNS)
                .where("DEFINITION_ID = ? AND ID = ?", definitionId, pointId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** The change, or a {@link ConcurrentChange} when another change of the point was logged first. */
    private static <T> T unlessChanged(int pointId, Supplier<T> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e)) {
                throw new ConcurrentChange("data point " + pointId + " was changed by someone else meanwhile", e);
            }
            throw e;
        }
    }

    private static void check(RecordChecks checks, PointEdit edit) {
        checks.required("edit", edit);
        if (edit != null) {
            checks.within("edit.").requiredText("changedBy", edit.changedBy(), RecordChecks.SHORT_TEXT)
                    .requiredText("reason", edit.reason(), PointChange.REASON_MAX);
        }
        checks.orRefuse("invalid data point change");
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
