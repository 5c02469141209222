package io.csiloop.kpi;

/**
 * The lines of an XmR (individuals and moving range) chart, from the values' mean and their average
 * moving range (the mean of |x<sub>i</sub> - x<sub>i-1</sub>|). All in the measure's unit.
 *
 * <p>Constants for moving ranges of two points: d<sub>2</sub> = 1.128, so sigma = average moving range
 * / 1.128 and the natural process limits mean &plusmn; 3 sigma = mean &plusmn; E<sub>2</sub> &times;
 * average moving range with E<sub>2</sub> = 3 / 1.128 = 2.6596, the factor usually printed rounded as
 * 2.66; keeping it unrounded makes the limits exactly 3 sigma, consistent with the one- and two-sigma
 * zones of the run rules, and reproduces NIST's published limits to their last digit. The upper range
 * limit is D<sub>4</sub> &times; average moving range with D<sub>4</sub> = 3.268.
 *
 * @param centre the centre line: the mean of the individual values
 * @param averageMovingRange the mean of the moving ranges; zero or more
 */
public record XmrLimits(double centre, double averageMovingRange) {

    /** d<sub>2</sub> for ranges of two values: sigma = average moving range / D2. */
    public static final double D2 = 1.128;
    /** D<sub>4</sub> for ranges of two values: the upper range limit is D4 &times; average moving range. */
    public static final double D4 = 3.268;

    /**
     * The limits of a sequence of individual values.
     *
     * @param values at least 2 finite values, in time order
     */
    public static XmrLimits of(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("an XmR chart needs at least 2 values: " + values.length);
        }
        double sum = values[0];
        double movingRanges = 0;
        for (int i = 1; i < values.length; i++) {
            sum += values[i];
            movingRanges += Math.abs(values[i] - values[i - 1]);
        }
        return new XmrLimits(sum / values.length, movingRanges / (values.length - 1));
    }

    /** The estimated process standard deviation: average moving range / 1.128. */
    public double sigma() {
        return averageMovingRange / D2;
    }

    /** The upper natural process limit: centre + 3 sigma. */
    public double upperLimit() {
        return centre + 3 * sigma();
    }

    /** The lower natural process limit: centre - 3 sigma (may be below zero; not clipped). */
    public double lowerLimit() {
        return centre - 3 * sigma();
    }

    /** The upper limit of the moving-range chart: 3.268 &times; average moving range. */
    public double upperRangeLimit() {
        return D4 * averageMovingRange;
    }
}
