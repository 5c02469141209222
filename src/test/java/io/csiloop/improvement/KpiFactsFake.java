package io.csiloop.improvement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The KPI side as a gate sees it, set up by hand.
 *
 * @param measurements the measurement definitions
 * @param dataCycles   per measurement key, the cycles that have data
 * @param snapshotCycles per measurement key, the cycles that have a snapshot
 * @param verdicts     per cycle number, the before/after verdict
 */
record KpiFactsFake(List<MeasurementFacts> measurements, Map<String, Set<Integer>> dataCycles,
                    Map<String, Set<Integer>> snapshotCycles, Map<Integer, BeforeAfterVerdict> verdicts)
        implements KpiFacts {

    static final MeasurementFacts FIRST_CONTACT = new MeasurementFacts("first-contact", "First-contact resolution",
            true, true, true);
    static final MeasurementFacts REOPEN_RATE = new MeasurementFacts("reopen-rate", "Reopen rate", true, true, true);

    /** Nothing defined, collected or compared yet. */
    static KpiFactsFake nothing() {
        return new KpiFactsFake(List.of(), Map.of(), Map.of(), Map.of());
    }

    /** Two complete measurements with data and snapshots in cycles 1 and 2, improved in both. */
    static KpiFactsFake complete() {
        Map<String, Set<Integer>> both = Map.of(FIRST_CONTACT.key(), Set.of(1, 2), REOPEN_RATE.key(), Set.of(1, 2));
        return new KpiFactsFake(List.of(FIRST_CONTACT, REOPEN_RATE), both, both,
                Map.of(1, BeforeAfterVerdict.IMPROVED, 2, BeforeAfterVerdict.IMPROVED));
    }

    @Override
    public boolean hasData(String measurementKey, ImprovementCycle cycle) {
        return dataCycles.getOrDefault(measurementKey, Set.of()).contains(cycle.number());
    }

    @Override
    public boolean hasSnapshot(String measurementKey, ImprovementCycle cycle) {
        return snapshotCycles.getOrDefault(measurementKey, Set.of()).contains(cycle.number());
    }

    @Override
    public Optional<BeforeAfterVerdict> beforeAfter(ImprovementCycle cycle) {
        return Optional.ofNullable(verdicts.get(cycle.number()));
    }
}
