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
    /** The screening cut: moving ranges at or above this multiple of their mean are dropped (NHSRplotthedots). */
    public static final double SCREEN = 3.267;

    /**
     * The limits of a sequence of individual values, without screening.
     *
     * @param values at least 2 finite values, in time order
     */
    public static XmrLimits of(double[] values) {
        return of(values, false);
    }

    /**
     * The limits of a sequence of individual values, optionally screening the moving ranges.
     *
     * <p>Screening (NHSRplotthedots' {@code screen_outliers}, not the Making Data Count Excel tool's default) keeps
     * only the moving ranges below {@value #SCREEN} &times; their mean and averages those again, so that one
     * extraordinary jump does not widen the limits it should stand out against. A range exactly at the cut is
     * dropped, as there. Limits of a constant series (average moving range 0) are not screened.
     *
     * @param values at least 2 finite values, in time order
     * @param screening whether to screen the moving ranges
     */
    public static XmrLimits of(double[] values, boolean screening) {
        if (values.length < 2) {
            throw new IllegalArgumentException("an XmR chart needs at least 2 values: " + values.length);
        }
        double sum = values[0];
        double[] movingRanges = new double[values.length - 1];
        for (int i = 1; i < values.length; i++) {
            sum += values[i];
            movingRanges[i - 1] = Math.abs(values[i] - values[i - 1]);
        }
        double average = mean(movingRanges, Double.POSITIVE_INFINITY);
        if (screening && average > 0) {
            average = mean(movingRanges, SCREEN * average);
        }
        return new XmrLimits(sum / values.length, average);
    }

    /** The mean of the ranges below the cut (there is at least one: the cut lies above their mean). */
    private static double mean(double[] ranges, double cut) {
        double sum = 0;
        int kept = 0;
        for (double range : ranges) {
            if (range < cut) {
                sum += range;
                kept++;
            }
        }
        return sum / kept;
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
