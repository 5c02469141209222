package io.csiloop.measure;

import java.time.Instant;

/**
 * One correction or deletion of a stored data point, as the audit keeps it: the point outlives neither, its
 * history does.
 *
 * @param pointId the point changed
 * @param number its changes counted from 1, in the order they were made
 * @param action what the change did
 * @param changedBy the user key of who changed it
 * @param changedAt when
 * @param before the point as it was: its observation and note
 * @param after the point as it became; null when it was deleted
 * @param reason why, in the words of who changed it; never blank
 */
public record PointChange(int pointId, int number, PointChangeAction action, String changedBy, Instant changedAt,
        NewDataPoint before, NewDataPoint after, String reason) {

    /** The longest reason a change may give. */
    public static final int REASON_MAX = 450;
}
