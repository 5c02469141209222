package io.csiloop.kpi;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far the first sample lies from the second, the Hodges-Lehmann estimate, with its confidence interval, as
 * R's {@code wilcox.test(first, second, conf.int = TRUE)} computes them (location shift, two-sided, 95 %).
 *
 * <p>The estimate is the median of the n<sub>1</sub>n<sub>2</sub> pairwise differences first - second. The
 * interval is found as R finds it, by the {@link TestMethod} R would use for the test:
 * <ul>
 * <li>{@link TestMethod#EXACT}: with d<sub>(1)</sub> &le; &hellip; &le; d<sub>(n<sub>1</sub>n<sub>2</sub>)</sub>
 * the sorted differences and q = {@code qwilcox(0.025, n1, n2)} (1 when it is 0), the interval is
 * [d<sub>(q)</sub>, d<sub>(n<sub>1</sub>n<sub>2</sub> - q + 1)</sub>]. When even the widest interval cannot reach
 * 95 % (R warns "Requested conf.level not achievable"), the confidence level is lowered as R lowers it, to
 * 1 - 2 {@code pwilcox(q - 1, n1, n2)}; with 3 and 3 values it is 90 %.</li>
 * <li>{@link TestMethod#NORMAL_APPROXIMATION}: R searches, with {@code uniroot} to a tolerance of 1e-4, the shift d
 * at which the tie- and continuity-corrected standard score of the samples first - d and second equals
 * &plusmn;1.96 (the 97.5 % normal quantile), between min(first) - max(second) and max(first) - min(second), and
 * returns an end of that range when the score never reaches it there. That score is a step function of d which
 * only steps at the pairwise differences, so the root is the pairwise difference at which the score steps
 * across the quantile: this class returns that difference exactly, found by bisection over the sorted
 * differences, where R returns a value within its tolerance of it. The estimate R gives in this case is a
 * root of the uncorrected score; it is the median of the differences where the number of pairs is odd, and
 * any point between the two middle differences where it is even (R's point depends on the root finder);
 * this class gives the median, the middle of that range.</li>
 * </ul>
 * Memory: the pairwise differences are held as one array of n<sub>1</sub>n<sub>2</sub> doubles, which is small
 * for the period values a before/after compares (dozens a side: a few thousand differences); above
 * {@link #MAX_PAIRS} pairs there is no estimate rather than an unbounded array.
 *
 * @param estimate the Hodges-Lehmann estimate of first - second, in the values' unit
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 * @param confidenceLevel the interval's confidence level: 0.95 unless the exact interval cannot reach it
 * @param method how the interval was found
 */
public record ShiftEstimate(double estimate, double lower, double upper, double confidenceLevel,
        TestMethod method) {

    /** The confidence level asked for: 95 %. */
    public static final double CONFIDENCE = 0.95;

    /** The most pairwise differences computed: 8 MiB of doubles, far above what periods give. */
    public static final long MAX_PAIRS = 1_000_000;

    /** R's {@code qnorm(0.975)}. */
    private static final double Z_975 = 1.959963984540054;

    /**
     * The shift of first against second; empty when there are more than {@link #MAX_PAIRS} pairs.
     *
     * @param first at least one finite value
     * @param second at least one finite value
     */
    public static Optional<ShiftEstimate> of(double[] first, double[] second) {
        int n1 = first.length;
        int n2 = second.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("each sample needs a value: " + n1 + " and " + n2);
        }
        if ((long) n1 * n2 > MAX_PAIRS) {
            return Optional.empty();
        }
        double[] differences = new double[n1 * n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                differences[i * n2 + j] = first[i] - second[j];
            }
        }
        Arrays.sort(differences);
        int pairs = differences.length;
        double median = pairs % 2 == 1 ? differences[pairs / 2]
                : (differences[pairs / 2 - 1] + differences[pairs / 2]) / 2;
        TestMethod method = TestMethod.of(n1, n2, RankSum.of(first, second).tied());
        if (method == TestMethod.EXACT) {
            WilcoxonDistribution distribution = WilcoxonDistribution.of(n1, n2);
            int q = Math.max(1, distribution.quantile((1 - CONFIDENCE) / 2));
            double achievedAlpha = 2 * distribution.lowerTail(q - 1);
            double alpha = 1 - CONFIDENCE;
            double level = achievedAlpha - alpha > alpha / 2 ? 1 - achievedAlpha : CONFIDENCE;
            return Optional.of(new ShiftEstimate(median, differences[q - 1], differences[pairs - q], level, method));
        }
        double[] distinct = Arrays.stream(differences).distinct().toArray();
        return Optional.of(new ShiftEstimate(median, root(first, second, distinct, Z_975),
                root(first, second, distinct, -Z_975), CONFIDENCE, method));
    }

    /**
     * Where the corrected score of first - d against second falls below {@code quantile}, as R's {@code root}:
     * the lowest difference when it is already there, the highest when it never gets there.
     */
    private static double root(double[] first, double[] second, double[] distinct, double quantile) {
        int last = distinct.length - 1;
        if (score(first, second, distinct[0]) <= quantile) {
            return distinct[0];
        }
        if (score(first, second, distinct[last]) >= quantile) {
            return distinct[last];
        }
        // the score is constant between neighbouring differences and does not rise with d: find the first
        // gap whose score is below the quantile; the step into it is the root
        int low = 0;
        int high = last;
        while (low < high) {
            int gap = (low + high) >>> 1;
            if (score(first, second, (distinct[gap] + distinct[gap + 1]) / 2) < quantile) {
                high = gap;
            } else {
                low = gap + 1;
            }
        }
        return distinct[low];
    }

    private static double score(double[] first, double[] second, double shift) {
        double[] shifted = Arrays.stream(first).map(v -> v - shift).toArray();
        return RankSum.of(shifted, second).z(first.length, second.length, true);
    }
}
