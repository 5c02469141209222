package io.csiloop.measure;

/**
 * The values a before/after comparison of an improvement cycle needs, and only those: the values of the points
 * recorded in the cycles before it and in it, each side in time order. Two arrays of numbers instead of a list of
 * stored points, so that a measure of hundreds of thousands of points costs eight bytes a point to compare.
 *
 * @param before the values of the earlier cycles' points
 * @param in the values of the cycle's own points
 */
public record CycleValues(double[] before, double[] in) {
}
