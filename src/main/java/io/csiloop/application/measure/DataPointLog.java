package io.csiloop.application.measure;

import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.kernel.FieldError;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPointInvalid;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records and reads the data points of one definition. A batch is checked entirely before anything is written
 * and then recorded in one transaction by the store, so it lands whole or not at all. Points are recorded by the
 * current user in the current improvement cycle of the definition's owning Improvement (the first cycle for a
 * project measure).
 */
public final class DataPointLog {

    /** The most points one batch may carry (CSV import has no such limit). */
    public static final int MAX_BATCH = 10_000;
    /** The longest range one read may span: a read holds its range in memory. */
    public static final Duration MAX_RANGE = Duration.ofDays(366);
    /** The key of "too many at once" (a message of the REST API's section, where it was first needed). */
    static final String TOO_MANY = "csiloop.rest.error.tooMany";

    private final DataPoints points;
    private final ImprovementCycles cycles;
    private final Users users;

    public DataPointLog(DataPoints points, ImprovementCycles cycles, Users users) {
        this.points = points;
        this.cycles = cycles;
        this.users = users;
    }

    /**
     * One page of the points observed in a range, in time order.
     *
     * @param start the index of the page's first point within the range
     * @param total how many points the range holds
     */
    public record Page(Instant from, Instant to, int start, int limit, int total, List<StoredDataPoint> points) {
    }

    /**
     * The points observed in {@code [from, to)} from the {@code start}-th on, at most {@code limit} of them.
     * The range spans at most {@link #MAX_RANGE}: the caller keeps to it, as it refuses its own bad input.
     */
    public Page page(StoredDefinition definition, Instant from, Instant to, int start, int limit) {
        List<StoredDataPoint> range = points.between(definition.id(), from, to);
        int end = (int) Math.min((long) start + limit, range.size());
        return new Page(from, to, start, limit, range.size(), range.subList(Math.min(start, end), end));
    }

    /** The points observed in {@code [from, to)}, in time order, read a page at a time as they are iterated. */
    public Iterable<DataPoint> inTimeOrder(StoredDefinition definition, Instant from, Instant to) {
        return points.inTimeOrder(definition.id(), from, to);
    }

    /**
     * Records one point entered by hand.
     *
     * @return how many points were recorded: one
     * @throws DataPointInvalid naming every bad field
     * @throws DefinitionNotFound when the definition was deleted meanwhile
     */
    public int recordOne(StoredDefinition definition, PointInput input) {
        List<FieldError> errors = new ArrayList<>();
        NewDataPoint point = PointInput.check(input, "", errors);
        refuseIf(errors);
        return record(definition, MeasurementSource.MANUAL, List.of(point));
    }

    /**
     * Records points entered by hand, all of them or, when any is bad, none.
     *
     * @param batch at most {@value #MAX_BATCH} points
     * @return how many points were recorded
     * @throws DataPointInvalid naming every bad field ({@code points[3].value}), or {@code points} when the batch is
     *     missing or too long
     * @throws DefinitionNotFound when the definition was deleted meanwhile
     */
    public int recordBatch(StoredDefinition definition, List<PointInput> batch) {
        List<FieldError> errors = new ArrayList<>();
        if (batch == null) {
            errors.add(FieldError.of("points", PointInput.REQUIRED));
        } else if (batch.size() > MAX_BATCH) {
            errors.add(FieldError.of("points", TOO_MANY, MAX_BATCH));
        }
        refuseIf(errors);
        List<NewDataPoint> valid = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            valid.add(PointInput.check(batch.get(i), "points[" + i + "].", errors));
        }
        refuseIf(errors);
        return record(definition, MeasurementSource.MANUAL, valid);
    }

    /** Records checked points with the current user and the definition's current cycle as their provenance. */
    int record(StoredDefinition definition, MeasurementSource source, List<NewDataPoint> checked) {
        Provenance provenance = new Provenance(source, users.current().map(UserRef::key).orElse(null),
                cycleOf(definition));
        return points.record(definition.id(), provenance, checked);
    }

    /** The improvement cycle new points of the definition belong to. */
    private int cycleOf(StoredDefinition definition) {
        Long owner = definition.ownership().improvementIssueId();
        return (owner == null ? ImprovementCycle.first() : cycles.current(owner)).number();
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new DataPointInvalid(errors);
        }
    }
}
