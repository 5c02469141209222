package io.csiloop.measure;

import io.csiloop.kernel.RecordChecks;

import java.time.Instant;

/**
 * One observation of a measure: when it was observed and the value, in the measure's unit.
 * Who recorded it, when, from which source and in which improvement cycle belong to storage.
 *
 * @param observedAt the instant the value describes; never null
 * @param value the observed value; finite, of a magnitude of at most {@link RecordChecks#MAX_MAGNITUDE}
 * @throws DataPointInvalid naming every field that is missing, not finite or out of that range
 */
public record DataPoint(Instant observedAt, double value) {

    public DataPoint {
        // Checked without allocating in the common case: data points come by the million.
        if (observedAt == null || !(Math.abs(value) <= RecordChecks.MAX_MAGNITUDE)) { // NaN fails too
            new RecordChecks().required("observedAt", observedAt).storableNumber("value", value)
                    .orThrow(DataPointInvalid::new);
        }
    }
}
