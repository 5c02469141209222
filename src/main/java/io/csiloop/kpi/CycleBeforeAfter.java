package io.csiloop.kpi;

import io.csiloop.measure.CycleValues;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDataPoint;

import java.util.List;
import java.util.Optional;

/**
 * The before/after comparison of an improvement cycle, as the gate of step 7 and the stakeholder pack both make it:
 * the data points recorded in the cycle against those of the cycles before it, or, in the first cycle, against the
 * definition's baseline, compared by {@link BeforeAfter}. The points are compared one by one, not per period: a
 * cycle's data need not fill whole periods.
 */
public final class CycleBeforeAfter {

    private CycleBeforeAfter() {
    }

    /**
     * @param points the measure's stored data points, of every cycle
     * @param cycle the cycle to judge, from 1
     * @return empty while either side has no value (no earlier cycle's data and no baseline, or no data yet in the
     *     cycle)
     */
    public static Optional<BeforeAfter> of(MeasurementDefinition definition, List<StoredDataPoint> points, int cycle) {
        return of(definition, new CycleValues(points.stream().filter(p -> p.provenance().cycle() < cycle)
                .mapToDouble(p -> p.point().value()).toArray(), points.stream().filter(p -> p.provenance().cycle() == cycle)
                .mapToDouble(p -> p.point().value()).toArray()));
    }

    /**
     * The same comparison from the values alone, as {@link DataPoints#cycleValues} reads them.
     *
     * @return empty while either side has no value
     */
    public static Optional<BeforeAfter> of(MeasurementDefinition definition, CycleValues values) {
        double[] before = values.before();
        double[] after = values.in();
        if (before.length == 0 && definition.baseline() != null) {
            before = new double[] {definition.baseline()};
        }
        return before.length == 0 || after.length == 0 ? Optional.empty()
                : Optional.of(BeforeAfter.compare(before, after, definition));
    }
}
