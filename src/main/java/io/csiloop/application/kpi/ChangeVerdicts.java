package io.csiloop.application.kpi;

import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The before/after verdicts of improvement cycles at their go-lives ({@link ChangeVerdict}), the one verdict the gate
 * of step 7, the stakeholder pack and REST read. The values come per period from {@link PeriodAggregates}, so the
 * database aggregates and the memory a verdict takes grows with the number of periods, never with the number of data
 * points; the go-lives and rebases come from {@link MeasureChanges}. Periods are read in the reporting zone. A verdict
 * reads its values from the start of the phase it compares against: bounded by an approved rebase, else the series'
 * start, since its before sample is every period of that phase before the change.
 */
public final class ChangeVerdicts {

    private static final Instant ALL_TIME = Instant.ofEpochMilli(Long.MIN_VALUE);

    private final PeriodAggregates aggregates;
    private final MeasureChanges changes;
    private final Clock clock;
    private final ReportingZone zone;

    public ChangeVerdicts(PeriodAggregates aggregates, MeasureChanges changes, Clock clock, ReportingZone zone) {
        this.aggregates = aggregates;
        this.changes = changes;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The verdict of the measure now, for the cycle or, cycle null, for the cycle of its latest go-live (cycle 1 while
     * it has none: no verdict, saying so).
     */
    public ChangeVerdict of(StoredDefinition measure, Integer cycle) {
        return cycle == null ? ofLatestCycles(List.of(measure)).get(0) : of(List.of(measure), cycle).get(0);
    }

    /**
     * The verdict of each measure now for the cycle of its own latest go-live (as {@link #of(StoredDefinition,
     * Integer)} with no cycle), in their order: one read of the changes and one aggregation for all of them, however
     * many measures and Improvements.
     */
    public List<ChangeVerdict> ofLatestCycles(List<StoredDefinition> measures) {
        if (measures.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Integer, ProcessChanges> known = changes.at(measures, now);
        return verdicts(measures, known, m -> known.getOrDefault(m.id(), ProcessChanges.none()).goLives().stream()
                .reduce((first, second) -> second).map(GoLive::cycle).orElse(1), now);
    }

    /** The verdicts of the measures for the cycle now, in their order. */
    public List<ChangeVerdict> of(List<StoredDefinition> measures, int cycle) {
        return of(measures, cycle, clock.instant());
    }

    /**
     * The verdicts of the measures for the cycle at the moment, in their order: one read of the changes and one
     * aggregation for all of them, each measure's values from the start of the phase its verdict compares against
     * ({@link ChangeVerdict#firstInstantRead}), none for a measure without a go-live in the cycle. Periods not complete
     * at the moment are left out.
     */
    public List<ChangeVerdict> of(List<StoredDefinition> measures, int cycle, Instant moment) {
        if (measures.isEmpty()) {
            return List.of();
        }
        return verdicts(measures, changes.at(measures, moment), m -> cycle, moment);
    }

    private List<ChangeVerdict> verdicts(List<StoredDefinition> measures, Map<Integer, ProcessChanges> known,
            ToIntFunction<StoredDefinition> cycleOf, Instant moment) {
        ZoneId in = zone.zone();
        Map<StoredDefinition, PeriodAggregates.Range> ranges = new LinkedHashMap<>();
        for (StoredDefinition m : measures) {
            ChangeVerdict.firstInstantRead(m.definition(), known.getOrDefault(m.id(), ProcessChanges.none()),
                            cycleOf.applyAsInt(m), in)
                    .ifPresent(first -> ranges.put(m, new PeriodAggregates.Range(
                            first.equals(Instant.MIN) ? ALL_TIME : first, moment)));
        }
        var values = ranges.isEmpty() ? Map.<Integer, List<KpiValue>>of() : aggregates.inRanges(ranges, in);
        return measures.stream().map(m -> ChangeVerdict.ofCycle(m.definition(), values.getOrDefault(m.id(), List.of()),
                known.getOrDefault(m.id(), ProcessChanges.none()), cycleOf.applyAsInt(m), moment, in)).toList();
    }
}
