package io.csiloop.application.gate;

import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.MeasureReading;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the KPI snapshots of an improvement's current cycle (step 4, "Process data", and a person's "take a snapshot"):
 * for every measurement its {@link KpiReading} now, as the panels show it, kept as the latest period with data, its
 * status against the target in force, the gap, the trend slope and the control-chart rules that fire at that period.
 * A measurement without data gets a "no data" snapshot of the current period, so the snapshot history shows the gap.
 */
public final class CycleSnapshots {

    private final KpiReadings readings;
    private final KpiSnapshots snapshots;
    private final ImprovementCycles cycles;
    private final Clock clock;

    public CycleSnapshots(KpiReadings readings, KpiSnapshots snapshots, ImprovementCycles cycles, Clock clock) {
        this.readings = readings;
        this.snapshots = snapshots;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Records one snapshot per measurement of the improvement, all or none; returns what was stored. */
    public List<StoredSnapshot> take(long issueId, SnapshotTrigger trigger) {
        ImprovementCycle cycle = cycles.current(issueId);
        Instant now = clock.instant();
        List<KpiSnapshot> taken = new ArrayList<>();
        for (MeasureReading measure : readings.ofImprovement(issueId, now)) {
            taken.add(measure.reading().latest().isPresent()
                    ? KpiSnapshot.of(measure.definition(), measure.reading(), trigger, now, cycle.number())
                    : KpiSnapshot.noData(measure.definition(), Period.containing(
                            measure.definition().definition().period(), now, readings.zone()), trigger, now,
                            cycle.number()));
        }
        return taken.isEmpty() ? List.of() : snapshots.record(taken);
    }
}
