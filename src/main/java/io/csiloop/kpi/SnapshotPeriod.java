package io.csiloop.kpi;

import io.csiloop.kernel.RecordChecks;
import io.csiloop.measure.PeriodUnit;

import java.time.Instant;

/**
 * The period a KPI snapshot describes, as instants: a stored snapshot keeps no time zone, only the bounds and
 * the name the period had in the zone it was computed in.
 *
 * @param unit the period's length
 * @param start its first instant
 * @param end the first instant after it
 * @param label its name, e.g. {@code 2026-W01} (at most 20 characters)
 */
public record SnapshotPeriod(PeriodUnit unit, Instant start, Instant end, String label) {

    public static SnapshotPeriod of(Period period) {
        return new SnapshotPeriod(period.unit(), period.start(), period.end(), period.label());
    }

    public void check(RecordChecks checks) {
        checks.required("period.unit", unit).required("period.start", start).required("period.end", end)
                .requiredText("period.label", label, 20);
        if (start != null && end != null && !start.isBefore(end)) {
            checks.add("period.end", RecordChecks.EMPTY_PERIOD);
        }
    }
}
