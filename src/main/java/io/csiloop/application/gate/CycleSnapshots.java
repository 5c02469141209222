package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.kpi.Gap;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.kpi.Trend;
import io.csiloop.kpi.XmrChart;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes the KPI snapshots of an improvement's current cycle (step 4, "Process data"): for every measurement
 * the latest period with data, its status against the target in force, the gap, the trend of the last
 * {@value #TREND_PERIODS} periods and the control-chart rules that fire at that period. A measurement without
 * data gets a "no data" snapshot of the current period, so the snapshot history shows the gap.
 */
public final class CycleSnapshots {

    static final int TREND_PERIODS = 12;

    private final MeasurementDefinitions definitions;
    private final DataPoints points;
    private final KpiSnapshots snapshots;
    private final ImprovementCycles cycles;
    private final Clock clock;
    private final ReportingZone zone;

    public CycleSnapshots(MeasurementDefinitions definitions, DataPoints points, KpiSnapshots snapshots,
                          ImprovementCycles cycles, Clock clock, ReportingZone zone) {
        this.definitions = definitions;
        this.points = points;
        this.snapshots = snapshots;
        this.cycles = cycles;
        this.clock = clock;
        this.zone = zone;
    }

    /** Records one snapshot per measurement of the improvement, all or none; returns what was stored. */
    public List<StoredSnapshot> take(long issueId, SnapshotTrigger trigger) {
        ImprovementCycle cycle = cycles.current(issueId);
        Instant now = clock.instant();
        List<KpiSnapshot> taken = new ArrayList<>();
        for (StoredDefinition stored : definitions.ofImprovement(issueId)) {
            taken.add(snapshot(stored, trigger, now, cycle));
        }
        return taken.isEmpty() ? List.of() : snapshots.record(taken);
    }

    private KpiSnapshot snapshot(StoredDefinition stored, SnapshotTrigger trigger, Instant now, ImprovementCycle cycle) {
        MeasurementDefinition definition = stored.definition();
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(points.inTimeOrder(stored.id(), Instant.ofEpochMilli(Long.MIN_VALUE), now), definition, zone.zone())
                .forEachRemaining(values::add);
        if (values.isEmpty()) {
            Period current = Period.containing(definition.period(), now, zone.zone());
            return new KpiSnapshot(stored.id(), stored.version(), SnapshotPeriod.of(current), null, 0,
                    definition.target(), definition.band(), KpiStatus.NO_DATA, null, null, Set.of(), trigger, now,
                    cycle.number());
        }
        KpiValue latest = values.get(values.size() - 1);
        int latestIndex = values.size() - 1;
        Set<SignalRule> signals = XmrChart.of(values).map(chart -> chart.signals().stream()
                .filter(signal -> signal.points().contains(latestIndex)).map(Signal::rule)
                .collect(Collectors.toSet())).orElse(Set.of());
        Double slope = Trend.of(values, TREND_PERIODS, definition).map(Trend::slopePerPeriod).orElse(null);
        return new KpiSnapshot(stored.id(), stored.version(), SnapshotPeriod.of(latest.period()), latest.value(),
                latest.sampleCount(), definition.target(), definition.band(), KpiStatus.of(definition, latest),
                Gap.of(definition, latest.value()).absolute(), slope, signals, trigger, now, cycle.number());
    }
}
