package io.csiloop.kpi;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The Mann-Whitney U test (Wilcoxon rank-sum test) of two independent samples, two-sided, as R's
 * {@code wilcox.test(first, second)} computes it with its defaults ({@code exact = NULL, correct = TRUE}).
 *
 * <p>Method: rank all n = n<sub>1</sub> + n<sub>2</sub> values together, tied values taking the mean of their
 * ranks; U = R<sub>1</sub> - n<sub>1</sub>(n<sub>1</sub>+1)/2 with R<sub>1</sub> the first sample's rank sum
 * (R's statistic W). When both samples have fewer than 50 values and no two values are equal, the p-value
 * comes from the exact distribution of U ({@link TestMethod#EXACT}): p = min(1, 2 P(U &le; min(U,
 * n<sub>1</sub>n<sub>2</sub> - U))), which is R's {@code 2 * pwilcox(...)} by the distribution's symmetry.
 * Otherwise ({@link TestMethod#NORMAL_APPROXIMATION}): &mu; = n<sub>1</sub>n<sub>2</sub>/2;
 * &sigma;&sup2; = n<sub>1</sub>n<sub>2</sub>/12 &times; (n + 1 - &Sigma;(t&sup3; - t)/(n(n - 1))) over the sizes t
 * of the groups of ties; z = sign(U - &mu;) &times; max(0, |U - &mu;| - 0.5)/&sigma;; p = 2&Phi;(-|z|). When
 * every value is tied (&sigma; = 0), z = 0 and p = 1. The approximation is also SciPy's
 * {@code mannwhitneyu(method="asymptotic")}.
 *
 * @param u the U statistic of the first sample; 0 to n<sub>1</sub>n<sub>2</sub>
 * @param z the continuity-corrected standard score: positive when the first sample tends higher; given for
 *     both methods, as the direction of the difference
 * @param pValue the two-sided p-value, 0 to 1
 * @param method how the p-value was computed
 */
public record MannWhitneyU(double u, double z, double pValue, TestMethod method) {

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
        RankSum ranks = RankSum.of(first, second);
        double z = ranks.z(n1, n2, true);
        TestMethod method = TestMethod.of(n1, n2, ranks.tied());
        if (method == TestMethod.EXACT) {
            int u = (int) ranks.u();
            int nearerTail = Math.min(u, n1 * n2 - u);
            return new MannWhitneyU(u, z, Math.min(1, 2 * WilcoxonDistribution.of(n1, n2).lowerTail(nearerTail)),
                    method);
        }
        return new MannWhitneyU(ranks.u(), z, Math.min(1, 2 * Normal.cdf(-Math.abs(z))), method);
    }

    /**
     * The p-value as a report prints it: "p &lt; 0.001" below a thousandth, else to two significant digits
     * ("p = 0.25", "p = 0.0012"); the number itself stays in {@link #pValue()}.
     */
    public String pInWords() {
        return pValue < 0.001 ? "p < 0.001"
                : "p = " + new BigDecimal(pValue).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
