package io.csiloop.kpi;

/**
 * The exact null distribution of the Mann-Whitney U statistic of samples of n<sub>1</sub> and
 * n<sub>2</sub> values without ties, R's {@code pwilcox} and {@code qwilcox}.
 *
 * <p>The number of orderings giving each U comes from the recurrence c(u; a, b) = c(u - b; a - 1, b) +
 * c(u; a, b - 1) (the largest value belongs to the first sample and beats all b values of the second, or it
 * belongs to the second), which only adds positive numbers, so the doubles stay accurate where the counts
 * exceed a long (C(98, 49) is about 2.5e28). Memory and time grow as n<sub>1</sub>&sup2;n<sub>2</sub>
 * values at most, a few hundred thousand below R's exact limit of 50 values each.
 */
final class WilcoxonDistribution {

    private final double[] counts;
    private final double total;

    private WilcoxonDistribution(double[] counts) {
        this.counts = counts;
        double sum = 0;
        for (double count : counts) {
            sum += count;
        }
        this.total = sum;
    }

    static WilcoxonDistribution of(int n1, int n2) {
        // row[b] holds the counts c(.; a, b) for the current a; a = 0 has one ordering with U = 0
        double[][] row = new double[n2 + 1][];
        for (int b = 0; b <= n2; b++) {
            row[b] = new double[] {1};
        }
        for (int a = 1; a <= n1; a++) {
            double[][] next = new double[n2 + 1][];
            next[0] = new double[] {1};
            for (int b = 1; b <= n2; b++) {
                double[] counts = new double[a * b + 1];
                double[] fromFirst = row[b];
                double[] fromSecond = next[b - 1];
                for (int u = 0; u < counts.length; u++) {
                    double first = u - b >= 0 && u - b < fromFirst.length ? fromFirst[u - b] : 0;
                    double second = u < fromSecond.length ? fromSecond[u] : 0;
                    counts[u] = first + second;
                }
                next[b] = counts;
            }
            row = next;
        }
        return new WilcoxonDistribution(row[n2]);
    }

    /** P(U &le; k), R's {@code pwilcox(k, n1, n2)}: 0 below 0, 1 from n<sub>1</sub>n<sub>2</sub> on. */
    double lowerTail(int k) {
        double sum = 0;
        for (int u = 0; u <= Math.min(k, counts.length - 1); u++) {
            sum += counts[u];
        }
        return Math.min(1, sum / total);
    }

    /**
     * The smallest k with P(U &le; k) &ge; p, R's {@code qwilcox(p, n1, n2)} for p up to 0.5, with R's fuzz of
     * 10 machine epsilons so that a probability equal to p up to rounding counts as reaching it.
     */
    int quantile(double p) {
        double reach = p - 10 * Math.ulp(1.0);
        double sum = 0;
        for (int u = 0; u < counts.length; u++) {
            sum += counts[u];
            if (sum / total >= reach) {
                return u;
            }
        }
        return counts.length - 1;
    }
}
