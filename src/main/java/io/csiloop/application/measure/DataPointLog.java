package io.csiloop.application.measure;

import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.kernel.FieldError;
import io.csiloop.kpi.Period;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPointInvalid;
import io.csiloop.measure.DataPointNotFound;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PointChange;
import io.csiloop.measure.PointEdit;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records, reads and corrects the data points of one definition. A batch is checked entirely before anything is
 * written and then recorded in one transaction by the store, so it lands whole or not at all. Points are recorded by
 * the current user in the current improvement cycle of the definition's owning Improvement (the first cycle for a
 * project measure). No point may be dated after the definition's current reporting period (plus the {@link
 * io.csiloop.measure.FutureGrace} a Jira administrator allows): a value from the future cannot have been measured,
 * and one would pass the data gate and show in the pack but in no chart. A stored point is corrected or deleted one
 * at a time, by the current user with a reason, and the store keeps its history; snapshots and packs keep what they
 * showed, as they are stored whole.
 */
public final class DataPointLog {

    /** The most points one batch may carry (CSV import has no such limit). */
    public static final int MAX_BATCH = 10_000;
    /** The longest range one read may span: a read holds its range in memory. */
    public static final Duration MAX_RANGE = Duration.ofDays(366);
    /** The key of "too many at once" (a message of the REST API's section, where it was first needed). */
    static final String TOO_MANY = "csiloop.rest.error.tooMany";

    static final String AFTER_CURRENT_PERIOD = "csiloop.measure.error.afterCurrentPeriod";

    private final DataPoints points;
    private final ImprovementCycles cycles;
    private final Users users;
    private final Clock clock;
    private final ReportingZone zone;
    private final EntryLimitsStore limits;

    public DataPointLog(DataPoints points, ImprovementCycles cycles, Users users, Clock clock, ReportingZone zone,
            EntryLimitsStore limits) {
        this.points = points;
        this.cycles = cycles;
        this.users = users;
        this.clock = clock;
        this.zone = zone;
        this.limits = limits;
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
     * The points observed in {@code [from, to)} from the {@code start}-th on, at most {@code limit} of them: the
     * database reads the page and counts the range, so a page costs its own rows however many the range holds.
     * The range spans at most {@link #MAX_RANGE}: the caller keeps to it, as it refuses its own bad input.
     */
    public Page page(StoredDefinition definition, Instant from, Instant to, int start, int limit) {
        List<StoredDataPoint> page = points.page(definition.id(), from, to, start, limit);
        return new Page(from, to, start, limit, points.count(definition.id(), from, to), page);
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
        NewDataPoint point = PointInput.check(input, acceptedBefore(definition), definition.definition(), "", errors);
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
        Instant before = acceptedBefore(definition);
        for (int i = 0; i < batch.size(); i++) {
            valid.add(PointInput.check(batch.get(i), before, definition.definition(), "points[" + i + "].", errors));
        }
        refuseIf(errors);
        return record(definition, MeasurementSource.MANUAL, valid);
    }

    /**
     * Replaces the date, value and note of one of the definition's points, by the current user for a reason; the
     * point keeps its source, recorder and cycle.
     *
     * @param input the point as it should be, checked like a new one
     * @param reason why; required, at most {@value PointChange#REASON_MAX} characters
     * @return the point as corrected
     * @throws DataPointInvalid naming every bad field ({@code observedAt}, {@code value}, {@code note},
     *     {@code reason})
     * @throws DataPointNotFound when the definition has no such point
     * @throws io.csiloop.kernel.ConcurrentChange when someone else changed the point meanwhile
     */
    public StoredDataPoint correct(StoredDefinition definition, int pointId, PointInput input, String reason) {
        List<FieldError> errors = new ArrayList<>();
        NewDataPoint corrected = PointInput.check(input, acceptedBefore(definition), definition.definition(), "",
                errors);
        checkReason(reason, errors);
        refuseIf(errors);
        return points.correct(definition.id(), pointId, corrected, edit(reason));
    }

    /**
     * Deletes one of the definition's points, by the current user for a reason; its history stays.
     *
     * @throws DataPointInvalid naming {@code reason} when it is missing or too long
     * @throws DataPointNotFound when the definition has no such point
     * @throws io.csiloop.kernel.ConcurrentChange when someone else changed the point meanwhile
     */
    public void delete(StoredDefinition definition, int pointId, String reason) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        refuseIf(errors);
        points.delete(definition.id(), pointId, edit(reason));
    }

    /**
     * The corrections and the deletion of one of the definition's points, oldest first.
     *
     * @throws DataPointNotFound when the definition neither has the point nor ever had it
     */
    public List<PointChange> history(StoredDefinition definition, int pointId) {
        List<PointChange> history = points.history(definition.id(), pointId);
        if (history.isEmpty() && points.find(definition.id(), pointId).isEmpty()) {
            throw new DataPointNotFound(definition.id(), pointId);
        }
        return history;
    }

    /**
     * The first instant no point of the definition may be dated at: the end of its current reporting period, read
     * in the reporting zone, plus the grace a Jira administrator allows (read for each request, so that a saved
     * grace applies at once). Every edge that dates a point checks against it: one, a batch, a correction, a CSV row.
     */
    Instant acceptedBefore(StoredDefinition definition) {
        return Period.containing(definition.definition().period(), clock.instant(), zone.zone()).end()
                .plus(limits.futureGrace().duration());
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

    private PointEdit edit(String reason) {
        String changedBy = users.current().map(UserRef::key)
                .orElseThrow(() -> new IllegalStateException("a data point is changed by a signed-in user only"));
        return new PointEdit(changedBy, reason.strip());
    }

    private static void checkReason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", PointInput.REQUIRED));
        } else if (reason.strip().length() > PointChange.REASON_MAX) {
            errors.add(FieldError.of("reason", PointInput.TOO_LONG, PointChange.REASON_MAX));
        }
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new DataPointInvalid(errors);
        }
    }
}
