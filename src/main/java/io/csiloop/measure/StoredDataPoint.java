package io.csiloop.measure;


import java.time.Instant;

/**
 * A data point as stored.
 *
 * @param id the store's id
 * @param definitionId the measurement definition it measures
 * @param point when it was observed and its value
 * @param note the remark, or null
 * @param provenance its source, who recorded it and its improvement cycle
 * @param recordedAt when it was recorded
 */
public record StoredDataPoint(int id, int definitionId, DataPoint point, String note, Provenance provenance,
        Instant recordedAt) {
}
