package io.csiloop.kpi;

/**
 * Student's t distribution, as far as the slope's significance needs it: the two-sided tail probability, from the
 * regularized incomplete beta function (P(|T| ≥ t) = I<sub>ν/(ν+t²)</sub>(ν/2, 1/2)).
 */
final class StudentT {

    /** Lanczos coefficients (g = 7, n = 9), as in Numerical Recipes' and Boost's double-precision log-gamma. */
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.91893853320467274178;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 10_000;

    private StudentT() {
    }

    /** P(T ≤ t) for ν degrees of freedom. */
    static double cdf(double t, double degreesOfFreedom) {
        double tail = twoSided(t, degreesOfFreedom) / 2;
        return t < 0 ? tail : 1 - tail;
    }

    /** P(|T| ≥ |t|) for ν degrees of freedom: the two-sided p-value of a t statistic. */
    static double twoSided(double t, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + degreesOfFreedom);
        }
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t is not a number");
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return regularizedBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
    }

    /**
     * I<sub>x</sub>(a, b), the regularized incomplete beta function, by its continued fraction evaluated with the
     * modified Lentz method (W. H. Press et al., Numerical Recipes, 3rd ed., § 6.4). The fraction converges quickly
     * for x &lt; (a + 1)/(a + b + 2); above that the symmetry I<sub>x</sub>(a, b) = 1 − I<sub>1−x</sub>(b, a) is used.
     */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double fraction = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            fraction *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            fraction *= step;
            if (Math.abs(step - 1) < EPSILON) {
                return fraction;
            }
        }
        throw new ArithmeticException("incomplete beta did not converge: x=" + x + " a=" + a + " b=" + b);
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    /** ln Γ(x) for x &gt; 0 by the Lanczos approximation: relative error about 1e-15. */
    static double logGamma(double x) {
        if (x < 0.5) {
            // Reflection keeps the approximation in the range where it is accurate.
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double shifted = z + 7.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(shifted) - shifted + Math.log(sum);
    }
}
