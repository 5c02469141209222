package io.csiloop.kpi;

import java.util.Arrays;

/**
 * Both samples ranked together, tied values taking the mean of their ranks: the U statistic of the first
 * sample and the tie term the variance of U needs.
 *
 * @param u R<sub>1</sub> - n<sub>1</sub>(n<sub>1</sub>+1)/2 with R<sub>1</sub> the first sample's rank sum:
 *     the number of pairs in which the first sample's value is larger, ties counting half
 * @param tieTerm &Sigma;(t&sup3; - t) over the sizes t of the groups of tied values
 * @param tied whether any two values, in one sample or across both, are equal
 */
record RankSum(double u, double tieTerm, boolean tied) {

    static RankSum of(double[] first, double[] second) {
        int n1 = first.length;
        int n = n1 + second.length;
        double[] values = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = i < n1 ? first[i] : second[i - n1];
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
                rankSumFirst += order[i] < n1 ? midRank : 0;
            }
            double ties = end - start + 1;
            tieTerm += ties * ties * ties - ties;
            start = end + 1;
        }
        return new RankSum(rankSumFirst - (double) n1 * (n1 + 1) / 2, tieTerm, tieTerm > 0);
    }

    /**
     * The standard score of U under the null hypothesis, with the tie correction of the variance and, when
     * asked, the continuity correction of 0.5 towards the mean; 0 when every value is tied (no variance).
     */
    double z(int n1, int n2, boolean continuityCorrection) {
        double n = n1 + n2;
        double distance = u - (double) n1 * n2 / 2;
        double variance = (double) n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
        if (variance <= 0) {
            return 0;
        }
        double corrected = continuityCorrection ? Math.signum(distance) * Math.max(0, Math.abs(distance) - 0.5)
                : distance;
        return corrected / Math.sqrt(variance);
    }
}
