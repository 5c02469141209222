package io.csiloop.rest;

import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPointInvalid;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records and reads the data points of one definition. A batch is checked entirely before anything is written
 * and then recorded in one transaction by the store, so it lands whole or not at all. Points are recorded in
 * the current improvement cycle of the definition's owning Improvement (cycle 1 for a project measure).
 */
public final class DataPointService {

    /** The most points one JSON batch may carry (CSV import has no such limit). */
    public static final int MAX_BATCH = 10_000;
    /** The longest range one read may span: a read holds its range in memory. */
    static final Duration MAX_RANGE = Duration.ofDays(366);
    private static final Duration DEFAULT_RANGE = Duration.ofDays(90);
    private static final int MAX_PAGE = 1_000;

    private final DataPoints points;
    private final ImprovementRegister register;
    private final Users users;
    private final Clock clock;

    public DataPointService(DataPoints points, ImprovementRegister register, Users users, Clock clock) {
        this.points = points;
        this.register = register;
        this.users = users;
        this.clock = clock;
    }

    /** A page of the points in {@code [from, to)}; by default the last 90 days. */
    public DataPointDto.PageDto page(StoredDefinition definition, String fromText, String toText, String startText,
            String limitText) {
        Params params = new Params();
        Instant to = params.instant("to", toText, clock.instant());
        Instant from = params.instant("from", fromText, to.minus(DEFAULT_RANGE));
        int start = params.integer("start", startText, 0, Integer.MAX_VALUE, 0);
        int limit = params.integer("limit", limitText, 1, MAX_PAGE, 100);
        params.ordered("from", from, "to", to);
        params.within("from", from, to, MAX_RANGE);
        params.check();
        List<StoredDataPoint> range = points.between(definition.id(), from, to);
        int end = (int) Math.min((long) start + limit, range.size());
        List<DataPointDto> page = range.subList(Math.min(start, end), end).stream().map(DataPointDto::of).toList();
        return new DataPointDto.PageDto(from.toString(), to.toString(), start, limit, range.size(), page);
    }

    public DataPointDto.RecordedDto recordOne(StoredDefinition definition, DataPointDto.InputDto input) {
        List<Problem> problems = new ArrayList<>();
        NewDataPoint point = point(input, "", problems);
        refuseIf(problems);
        return new DataPointDto.RecordedDto(record(definition, MeasurementSource.MANUAL, List.of(point)));
    }

    public DataPointDto.RecordedDto recordBatch(StoredDefinition definition, DataPointDto.BatchDto batch) {
        List<Problem> problems = new ArrayList<>();
        if (batch.points() == null) {
            problems.add(Problem.field("points", Keys.REQUIRED));
        } else if (batch.points().size() > MAX_BATCH) {
            problems.add(Problem.field("points", Keys.TOO_MANY, MAX_BATCH));
        }
        refuseIf(problems);
        List<NewDataPoint> valid = new ArrayList<>(batch.points().size());
        for (int i = 0; i < batch.points().size(); i++) {
            valid.add(point(batch.points().get(i), "points[" + i + "].", problems));
        }
        refuseIf(problems);
        return new DataPointDto.RecordedDto(record(definition, MeasurementSource.MANUAL, valid));
    }

    /** Records checked points with the caller and the definition's current cycle as their provenance. */
    int record(StoredDefinition definition, MeasurementSource source, List<NewDataPoint> checked) {
        Provenance provenance = new Provenance(source, users.current().map(u -> u.key()).orElse(null),
                cycleOf(definition));
        try {
            return points.record(definition.id(), provenance, checked);
        } catch (DefinitionNotFound gone) {
            throw DefinitionService.notFound(String.valueOf(definition.id()));
        }
    }

    /** The improvement cycle new points of the definition belong to. */
    int cycleOf(StoredDefinition definition) {
        Long owner = definition.ownership().improvementIssueId();
        return owner == null ? 1 : register.find(owner).map(RegisterEntry::cycle).orElse(1);
    }

    /** The point, or null after adding its problems with the field prefix (e.g. {@code points[3].}). */
    static NewDataPoint point(DataPointDto.InputDto input, String prefix, List<Problem> problems) {
        if (input == null) {
            problems.add(Problem.field(prefix.isEmpty() ? "point" : prefix.substring(0, prefix.length() - 1),
                    Keys.REQUIRED));
            return null;
        }
        int before = problems.size();
        Instant observedAt = null;
        if (input.observedAt() == null || input.observedAt().isBlank()) {
            problems.add(Problem.field(prefix + "observedAt", Keys.REQUIRED));
        } else if ((observedAt = Params.parseInstant(input.observedAt().strip())) == null) {
            problems.add(Problem.field(prefix + "observedAt", Keys.INSTANT));
        }
        if (input.value() == null) {
            problems.add(Problem.field(prefix + "value", Keys.REQUIRED));
        } else if (!Double.isFinite(input.value())) {
            problems.add(Problem.field(prefix + "value", Keys.NOT_FINITE));
        }
        if (input.note() != null && input.note().length() > NewDataPoint.NOTE_MAX) {
            problems.add(Problem.field(prefix + "note", Keys.TOO_LONG, NewDataPoint.NOTE_MAX));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new NewDataPoint(new DataPoint(observedAt, input.value()), input.note());
        } catch (DataPointInvalid invalid) { // the checks above mirror the domain's; kept as a safety net
            invalid.errors().forEach(e -> problems.add(Problem.field(prefix + e.field(), e.messageKey(),
                    e.params().toArray())));
            return null;
        }
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }
}
