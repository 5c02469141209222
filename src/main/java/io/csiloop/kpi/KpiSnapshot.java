package io.csiloop.kpi;

import io.csiloop.kernel.RecordChecks;
import io.csiloop.measure.Band;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The KPI of one period as computed at one moment, with what was in force then.
 *
 * @param definitionId the measurement definition
 * @param definitionVersion the version of the definition it was computed from
 * @param period the period
 * @param value the aggregated value; null when the period had no data ({@link KpiStatus#NO_DATA})
 * @param sampleCount how many data points made it; 0 with no data
 * @param target the target in force; null for a measure within a band
 * @param band the band in force; null unless the measure is within a band
 * @param status the RAG status
 * @param gap the gap to target ({@code Gap.absolute}); null with no data
 * @param trendSlope the trend's slope per period; null when there was no trend
 * @param signals the control-chart rules that fired at this period; never null, often empty
 * @param ruleProfile the rule profile the signals were read with (the measure's then), so that a signal is never
 *     shown without the rules that made it; null for a snapshot stored before snapshots recorded it ("not
 *     recorded": such snapshots were read with the rules now named Western Electric, but the row does not say so,
 *     and the app does not claim what it never stored)
 * @param trigger what made it be taken
 * @param takenAt when it was taken
 * @param cycle the improvement cycle it belongs to, from 1
 */
public record KpiSnapshot(int definitionId, int definitionVersion, SnapshotPeriod period, Double value,
        int sampleCount, Double target, Band band, KpiStatus status, Double gap, Double trendSlope,
        Set<SignalRule> signals, RuleProfile ruleProfile, SnapshotTrigger trigger, Instant takenAt, int cycle) {

    public KpiSnapshot {
        signals = signals == null || signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
    }

    /**
     * The snapshot of a reading: its latest period with value, status, gap, trend slope, the rules firing there and
     * the profile they were read with (the chart's; the measure's when the reading has too few values for a chart).
     *
     * @throws IllegalArgumentException when the reading has no data (see {@link #noData})
     */
    public static KpiSnapshot of(StoredDefinition stored, KpiReading reading, SnapshotTrigger trigger, Instant takenAt,
            int cycle) {
        KpiValue latest = reading.latest().orElseThrow(() -> new IllegalArgumentException("a reading without data"));
        MeasurementDefinition definition = stored.definition();
        return new KpiSnapshot(stored.id(), stored.version(), SnapshotPeriod.of(latest.period()), latest.value(),
                latest.sampleCount(), definition.target(), definition.band(), reading.status(),
                reading.gap().map(Gap::absolute).orElse(null), reading.trend().map(Trend::slopePerPeriod).orElse(null),
                reading.rulesAtLatest(), reading.chart().map(PhasedChart::profile).orElse(definition.ruleProfile()),
                trigger, takenAt, cycle);
    }

    /**
     * The "no data" snapshot of a period, so that the snapshot history shows the gap; it names the measure's rule
     * profile in force, as it names the target.
     */
    public static KpiSnapshot noData(StoredDefinition stored, Period period, SnapshotTrigger trigger, Instant takenAt,
            int cycle) {
        MeasurementDefinition definition = stored.definition();
        return new KpiSnapshot(stored.id(), stored.version(), SnapshotPeriod.of(period), null, 0, definition.target(),
                definition.band(), KpiStatus.NO_DATA, null, null, Set.of(), definition.ruleProfile(), trigger, takenAt,
                cycle);
    }

    public void check(RecordChecks checks) {
        checks.positive("definitionId", definitionId).positive("definitionVersion", definitionVersion)
                .required("period", period).finite("value", value).finite("target", target)
                .finite("gap", gap).finite("trendSlope", trendSlope).required("status", status)
                .required("trigger", trigger).required("takenAt", takenAt).positive("cycle", cycle);
        if (period != null) {
            period.check(checks);
        }
        checks.notNegative("sampleCount", sampleCount);
        if (status != null && (status == KpiStatus.NO_DATA) != (value == null)) {
            checks.add("value", RecordChecks.VALUE_WITHOUT_DATA);
        }
    }
}
