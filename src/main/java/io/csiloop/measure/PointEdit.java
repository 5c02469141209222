package io.csiloop.measure;

/**
 * Who changes a stored data point and why, for its audit.
 *
 * @param changedBy the user key; never null (a correction is always someone's)
 * @param reason at most {@value PointChange#REASON_MAX} characters, never blank
 */
public record PointEdit(String changedBy, String reason) {
}
