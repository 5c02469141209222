package io.csiloop.application.gate;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.improvement.BeforeAfterVerdict;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.KpiFacts;
import io.csiloop.improvement.MeasurementFacts;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.Verdict;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.StoredDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the store knows about the measurements of one improvement, as its gates ask it. The before/after
 * verdict of a cycle rests on every measurement's {@link ChangeVerdict} at the cycle's go-live (the one REST and the
 * stakeholder pack show): improved when every measurement improved, not improved when one got worse, inconclusive
 * otherwise. It is not made while any measurement has no verdict (no go-live, or no data on either side).
 */
final class StoredKpiFacts implements KpiFacts {

    private final List<StoredDefinition> definitions;
    private final DataPoints points;
    private final KpiSnapshots snapshots;
    private final ChangeVerdicts verdicts;
    private final Map<Integer, Set<Integer>> snapshotted = new HashMap<>();

    StoredKpiFacts(List<StoredDefinition> definitions, DataPoints points, KpiSnapshots snapshots,
            ChangeVerdicts verdicts) {
        this.definitions = List.copyOf(definitions);
        this.points = points;
        this.snapshots = snapshots;
        this.verdicts = verdicts;
    }

    @Override
    public List<MeasurementFacts> measurements() {
        return definitions.stream().map(StoredDefinition::definition).map(d -> new MeasurementFacts(d.key(), d.name(),
                !d.unit().isBlank(), d.direction() != null, d.target() != null || d.band() != null)).toList();
    }

    @Override
    public boolean hasData(String measurementKey, ImprovementCycle cycle) {
        return definition(measurementKey).map(d -> points.countInCycle(d.id(), cycle.number()) > 0).orElse(false);
    }

    /** Asked per measure by the gate; answered for all of them in one read per cycle, never from their histories. */
    @Override
    public boolean hasSnapshot(String measurementKey, ImprovementCycle cycle) {
        Set<Integer> with = snapshotted.computeIfAbsent(cycle.number(), number -> snapshots.withSnapshotInCycle(
                definitions.stream().map(StoredDefinition::id).toList(), number));
        return definition(measurementKey).map(d -> with.contains(d.id())).orElse(false);
    }

    @Override
    public Optional<BeforeAfterVerdict> beforeAfter(ImprovementCycle cycle) {
        if (definitions.isEmpty()) {
            return Optional.empty();
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (ChangeVerdict verdict : this.verdicts.of(definitions, cycle.number())) {
            if (verdict.verdict().isEmpty()) {
                return Optional.empty();
            }
            verdicts.add(verdict.verdict().get());
        }
        if (verdicts.contains(Verdict.WORSE)) {
            return Optional.of(BeforeAfterVerdict.NOT_IMPROVED);
        }
        return Optional.of(verdicts.stream().allMatch(Verdict.IMPROVED::equals)
                ? BeforeAfterVerdict.IMPROVED : BeforeAfterVerdict.INCONCLUSIVE);
    }

    private Optional<StoredDefinition> definition(String key) {
        return definitions.stream().filter(d -> d.definition().key().equals(key)).findFirst();
    }
}
