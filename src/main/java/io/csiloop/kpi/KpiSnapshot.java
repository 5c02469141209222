package io.csiloop.kpi;

import io.csiloop.kernel.RecordChecks;
import io.csiloop.measure.Band;

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
 * @param trigger what made it be taken
 * @param takenAt when it was taken
 * @param cycle the improvement cycle it belongs to, from 1
 */
public record KpiSnapshot(int definitionId, int definitionVersion, SnapshotPeriod period, Double value,
        int sampleCount, Double target, Band band, KpiStatus status, Double gap, Double trendSlope,
        Set<SignalRule> signals, SnapshotTrigger trigger, Instant takenAt, int cycle) {

    public KpiSnapshot {
        signals = signals == null || signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
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
