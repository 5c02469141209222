package io.csiloop.measure;

import io.csiloop.kernel.RecordChecks;


/**
 * Where a batch of data points comes from, shared by all of them.
 *
 * @param source how they were collected; never null
 * @param recordedBy the user key of who recorded them, at most 255 characters; null for automatic collection
 * @param cycle the improvement cycle they belong to, from 1 (a measure outside any improvement stays in 1)
 */
public record Provenance(MeasurementSource source, String recordedBy, int cycle) {

    public void check(RecordChecks checks) {
        checks.required("source", source)
                .optionalText("recordedBy", recordedBy, RecordChecks.SHORT_TEXT)
                .positive("cycle", cycle);
    }
}
