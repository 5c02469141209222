package io.csiloop.kpi;

/** The standard normal distribution, as far as the p-values here need it. */
final class Normal {

    private static final double LOG_SQRT_TWO_PI = 0.91893853320467274178;

    private Normal() {
    }

    /**
     * Φ(z), the probability that a standard normal variable is at most z, by Marsaglia's Taylor series
     * (G. Marsaglia, "Evaluating the Normal Distribution", Journal of Statistical Software 11(4), 2004):
     * absolute error below 1e-15. Beyond |z| = 37, Φ is 0 or 1 in doubles anyway.
     */
    static double cdf(double z) {
        if (z < -37) {
            return 0;
        }
        if (z > 37) {
            return 1;
        }
        double sum = z;
        double term = z;
        double previous = 0;
        double square = z * z;
        for (int i = 3; sum != previous; i += 2) {
            previous = sum;
            term *= square / i;
            sum += term;
        }
        return 0.5 + sum * Math.exp(-0.5 * square - LOG_SQRT_TWO_PI);
    }
}
