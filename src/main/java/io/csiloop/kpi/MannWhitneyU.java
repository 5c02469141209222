package io.csiloop.kpi;

import java.util.Arrays;

/**
 * The Mann-Whitney U test (Wilcoxon rank-sum test) of two independent samples, two-sided, by the
 * normal approximation with tie correction and continuity correction; no exact distribution is used,
 * so for very small samples (fewer than about 8 values each) the p-value is only approximate.
 *
 * <p>Method: rank all n = n<sub>1</sub> + n<sub>2</sub> values together, tied values taking the mean
 * of their ranks; U = R<sub>1</sub> - n<sub>1</sub>(n<sub>1</sub>+1)/2 with R<sub>1</sub> the first
 * sample's rank sum (the number of pairs in which the first sample's value is larger, ties counting
 * half); &mu; = n<sub>1</sub>n<sub>2</sub>/2; &sigma;&sup2; = n<sub>1</sub>n<sub>2</sub>/12 &times;
 * (n + 1 - &Sigma;(t&sup3; - t)/(n(n - 1))) over the sizes t of the groups of ties; z = sign(U - &mu;)
 * &times; max(0, |U - &mu;| - 0.5)/&sigma;; p = 2&Phi;(-|z|). When every value is tied (&sigma; = 0),
 * z = 0 and p = 1. This is SciPy's {@code mannwhitneyu(method="asymptotic")} and R's
 * {@code wilcox.test(exact = FALSE, correct = TRUE)}.
 *
 * @param u the U statistic of the first sample; 0 to n<sub>1</sub>n<sub>2</sub>
 * @param z the continuity-corrected standard score: positive when the first sample tends higher
 * @param pValue the two-sided p-value, 0 to 1
 */
public record MannWhitneyU(double u, double z, double pValue) {

    /**
     * Tests whether the two samples come from one distribution.
     *
     * @param first at least one finite value
     * @param second at least one finite value
     */
    public static MannWhitneyU test(double[] first, double[] second) {
        int n1 = first.length;
        int n2 = second.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("each sample needs a value: " + n1 + " and " + n2);
        }
        int n = n1 + n2;
        double[] values = new double[n];
        boolean[] fromFirst = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = i < n1 ? first[i] : second[i - n1];
            fromFirst[i] = i < n1;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double rankSumFirst = 0;
        double tieTerm = 0;
        for (int start = 0; start < n;) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double midRank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                rankSumFirst += fromFirst[order[i]] ? midRank : 0;
            }
            double ties = end - start + 1;
            tieTerm += ties * ties * ties - ties;
            start = end + 1;
        }
        double u = rankSumFirst - (double) n1 * (n1 + 1) / 2;
        double mean = (double) n1 * n2 / 2;
        double variance = (double) n1 * n2 / 12 * (n + 1 - tieTerm / ((double) n * (n - 1)));
        if (variance <= 0) {
            return new MannWhitneyU(u, 0, 1);
        }
        double z = Math.signum(u - mean) * Math.max(0, Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
        return new MannWhitneyU(u, z, Math.min(1, 2 * Normal.cdf(-Math.abs(z))));
    }
}
