package io.csiloop.application.gate;

import io.csiloop.improvement.BeforeAfterVerdict;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.KpiFacts;
import io.csiloop.improvement.MeasurementFacts;
import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.Verdict;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the store knows about the measurements of one improvement, as its gates ask it. The before/after
 * verdict of a cycle compares, for every measurement, the data points of that cycle with those of the cycles
 * before it (in the first cycle, with the definition's baseline) using the KPI engine's {@link BeforeAfter}:
 * improved when every measurement improved, not improved when one got worse, inconclusive otherwise. It is
 * not made while any measurement lacks data on either side.
 */
final class StoredKpiFacts implements KpiFacts {

    private static final Instant ALL_TIME_FROM = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant ALL_TIME_TO = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final List<StoredDefinition> definitions;
    private final DataPoints points;
    private final KpiSnapshots snapshots;

    StoredKpiFacts(List<StoredDefinition> definitions, DataPoints points, KpiSnapshots snapshots) {
        this.definitions = List.copyOf(definitions);
        this.points = points;
        this.snapshots = snapshots;
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

    @Override
    public boolean hasSnapshot(String measurementKey, ImprovementCycle cycle) {
        return definition(measurementKey).map(d -> snapshots.history(d.id()).stream()
                .anyMatch(s -> s.snapshot().cycle() == cycle.number())).orElse(false);
    }

    @Override
    public Optional<BeforeAfterVerdict> beforeAfter(ImprovementCycle cycle) {
        if (definitions.isEmpty()) {
            return Optional.empty();
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (StoredDefinition stored : definitions) {
            List<StoredDataPoint> all = points.between(stored.id(), ALL_TIME_FROM, ALL_TIME_TO);
            double[] after = values(all, cycle.number(), cycle.number());
            double[] before = values(all, 1, cycle.number() - 1);
            MeasurementDefinition definition = stored.definition();
            if (before.length == 0 && definition.baseline() != null) {
                before = new double[] {definition.baseline()};
            }
            if (before.length == 0 || after.length == 0) {
                return Optional.empty();
            }
            verdicts.add(BeforeAfter.compare(before, after, definition).verdict());
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

    private static double[] values(List<StoredDataPoint> all, int fromCycle, int toCycle) {
        return all.stream().filter(p -> p.provenance().cycle() >= fromCycle && p.provenance().cycle() <= toCycle)
                .mapToDouble(p -> p.point().value()).toArray();
    }
}
