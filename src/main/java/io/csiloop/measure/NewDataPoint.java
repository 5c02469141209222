package io.csiloop.measure;


/**
 * A data point to record, with its optional note.
 *
 * @param point the observation; never null
 * @param note a remark, at most {@value #NOTE_MAX} characters; null for none
 */
public record NewDataPoint(DataPoint point, String note) {

    public static final int NOTE_MAX = 450;

    /** A data point without a note. */
    public static NewDataPoint of(DataPoint point) {
        return new NewDataPoint(point, null);
    }
}
