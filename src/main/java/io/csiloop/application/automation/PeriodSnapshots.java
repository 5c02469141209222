package io.csiloop.application.automation;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduled snapshot of one closed period: the {@link KpiReading} of the values up to its end, which is what the
 * panels and the manual snapshot read once the period is the latest with data. Only values of earlier periods are
 * read, so a snapshot of a past period (a backfill) is what a run at its end would have taken. A closed period
 * without data is snapshotted as such.
 */
public final class PeriodSnapshots {

    private PeriodSnapshots() {
    }

    /**
     * @param period the closed period
     * @param value its value; null when it had no data
     * @param earlier values of earlier periods in ascending period order, at least those of the reading's chart
     *     window and of its phases' first periods ({@link KpiReading#firstPeriodRead(Period, ProcessChanges)}); more
     *     is fine
     * @param changes the measure's go-lives and rebases, as the panels read them
     */
    public static KpiSnapshot of(StoredDefinition stored, Period period, KpiValue value, List<KpiValue> earlier,
            ProcessChanges changes, int cycle, Instant takenAt) {
        if (value == null) {
            return KpiSnapshot.noData(stored, period, SnapshotTrigger.SCHEDULE, takenAt, cycle);
        }
        List<KpiValue> values = new ArrayList<>(earlier);
        values.add(value);
        return KpiSnapshot.of(stored, KpiReading.of(stored.definition(), values, changes), SnapshotTrigger.SCHEDULE, takenAt,
                cycle);
    }
}
