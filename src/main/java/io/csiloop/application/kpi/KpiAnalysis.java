package io.csiloop.application.kpi;

import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A measure's KPI over a time range, as the REST API and the dashboard items ask for it: the values of the range's
 * periods, and the {@link KpiReading} at the range's end (latest value, status, gap, progress, trend, control chart)
 * that the panels, the snapshots and the pack read too; the before/after verdict at a cycle's go-live; and the
 * comparison of the periods either side of any instant a caller names. Ranges are read in the reporting zone unless the caller names another.
 */
public final class KpiAnalysis {

    private final KpiReadings readings;
    private final ChangeVerdicts verdicts;

    public KpiAnalysis(KpiReadings readings, ChangeVerdicts verdicts) {
        this.readings = readings;
        this.verdicts = verdicts;
    }

    /**
     * A measure over a range.
     *
     * @param zone the zone its periods are read in
     * @param from the first instant of data points in the range
     * @param to the first instant after them, and the moment of the reading
     * @param periods the values of the periods with data in the range, oldest first
     * @param reading the reading at {@code to}; its windows may reach back before {@code from}, and its latest value
     *     lies before {@code from} when the range has no data
     */
    public record Range(ZoneId zone, Instant from, Instant to, List<KpiValue> periods, KpiReading reading) {
    }

    /**
     * "Did we get there?": the periods of a range before a change against those after it.
     *
     * @param before the periods that end at or before the change, oldest first
     * @param after the periods that start at or after it (the period containing the change is in neither)
     * @param result the comparison; empty unless both sides have a value
     */
    public record Change(Instant changeAt, List<KpiValue> before, List<KpiValue> after, Optional<BeforeAfter> result) {
    }

    /** The measure over {@code [from, to)} with its reading at {@code to}; zone null: the reporting zone. */
    public Range over(StoredDefinition stored, Instant from, Instant to, ZoneId zone) {
        ZoneId in = zone == null ? readings.zone() : zone;
        return new Range(in, from, to, readings.values(stored, from, to, in), readings.of(stored, to, in));
    }

    /**
     * The periods of {@code [from, to)} either side of the change, compared at significance level {@code alpha};
     * zone null: the reporting zone.
     */
    public Change around(StoredDefinition stored, Instant changeAt, Instant from, Instant to, ZoneId zone,
            double alpha) {
        List<KpiValue> values = readings.values(stored, from, to, zone);
        List<KpiValue> before = values.stream().filter(v -> !v.period().end().isAfter(changeAt)).toList();
        List<KpiValue> after = values.stream().filter(v -> !v.period().start().isBefore(changeAt)).toList();
        Optional<BeforeAfter> result = before.isEmpty() || after.isEmpty() ? Optional.empty()
                : Optional.of(BeforeAfter.compare(doubles(before), doubles(after), stored.definition(), alpha));
        return new Change(changeAt, before, after, result);
    }

    /**
     * The before/after verdict at a cycle's go-live, the one the gate of step 7 and the pack read; cycle null: the
     * cycle of the measure's latest go-live.
     */
    public ChangeVerdict verdict(StoredDefinition stored, Integer cycle) {
        return verdicts.of(stored, cycle);
    }

    private static double[] doubles(List<KpiValue> values) {
        return values.stream().mapToDouble(KpiValue::value).toArray();
    }
}
