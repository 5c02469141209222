package io.csiloop.measure;

import io.csiloop.kernel.RecordChecks;

import java.time.Instant;

/**
 * One observation of a measure: when it was observed and the value, in the measure's unit.
 * Who recorded it, when, from which source and in which improvement cycle belong to storage.
 *
 * @param observedAt the instant the value describes; never null
 * @param value the observed value; finite
 * @throws DataPointInvalid naming every field that is missing or not finite
 */
public record DataPoint(Instant observedAt, double value) {

    public DataPoint {
        // Checked without allocating in the common case: data points come by the million.
        if (observedAt == null || !Double.isFinite(value)) {
            new RecordChecks().required("observedAt", observedAt).finite("value", value)
                    .orThrow(DataPointInvalid::new);
        }
    }
}
