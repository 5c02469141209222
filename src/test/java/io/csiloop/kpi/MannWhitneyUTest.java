package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MannWhitneyUTest {

    /**
     * The worked example of the SciPy documentation: {@code scipy.stats.mannwhitneyu}, section
     * "Examples" (ages of 5 males and 4 females; U<sub>M</sub> = 17, no ties), which prints the exact p-value
     * of {@code mannwhitneyu(males, females)} as 0.1111111111111111;
     * https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.mannwhitneyu.html
     */
    @Test
    void reproducesTheScipyDocumentationExample() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {19, 22, 16, 29, 24}, new double[] {20, 11, 17, 12});
        assertEquals(17, test.u());
        assertEquals(6.5 / Math.sqrt(200.0 / 12), test.z(), 1e-12);
        assertEquals(0.1111111111111111, test.pValue(), 1e-12);
        assertEquals(TestMethod.EXACT, test.method());
    }

    /**
     * R's own documentation of {@code wilcox.test} ({@code ?wilcox.test}, example "Two-sample test. Hollander &amp;
     * Wolfe (1973), 69f.", permeability constants of the human chorioamnion): {@code wilcox.test(x, y, alternative =
     * "g")} prints W = 35, p-value = 0.1272, exact; the two-sided p is twice that, 0.2544;
     * https://stat.ethz.ch/R-manual/R-devel/library/stats/html/wilcox.test.html
     */
    @Test
    void reproducesTheRDocumentationTwoSampleExample() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46},
                new double[] {1.15, 0.88, 0.90, 0.74, 1.21});
        assertEquals(35, test.u());
        assertEquals(TestMethod.EXACT, test.method());
        assertEquals(0.2544, test.pValue(), 5e-5);
        assertEquals(2 * 0.1272, test.pValue(), 1e-4);
    }

    /**
     * An R session published with its output (endmemo.com, "R wilcox.test Function",
     * https://endmemo.com/r/wilcoxon.php): samples with ties, so R warns "cannot compute exact p-value with ties"
     * and prints "Wilcoxon rank sum test with continuity correction", W = 51.5, p-value = 0.5966.
     */
    @Test
    void usesTheNormalApproximationWithTiesAsRDoes() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {1, 5, 9, 24, 56, 21, 3, 7, 21, 4},
                new double[] {12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5});
        assertEquals(51.5, test.u());
        assertEquals(TestMethod.NORMAL_APPROXIMATION, test.method());
        assertEquals(0.5966, test.pValue(), 5e-5);
    }

    /** R uses the exact distribution below 50 values a side only: 50 untied values take the approximation. */
    @Test
    void fiftyValuesTakeTheApproximation() {
        double[] fifty = new double[50];
        double[] five = new double[5];
        for (int i = 0; i < 50; i++) {
            fifty[i] = i;
        }
        for (int i = 0; i < 5; i++) {
            five[i] = i + 0.5;
        }
        assertEquals(TestMethod.NORMAL_APPROXIMATION, MannWhitneyU.test(fifty, five).method());
        assertEquals(TestMethod.EXACT, MannWhitneyU.test(Arrays.copyOf(fifty, 49), five).method());
    }

    /**
     * Ties, derived by hand: U = 1 (the 1 beats nothing, each 2 ties the other sample's 2),
     * &sigma;&sup2; = 9/12 &times; (7 - (3&sup3; - 3)/30) = 4.65, z = -(3.5 - 0.5)/&radic;4.65, and
     * p = 2&Phi;(z) = erfc(3/&radic;9.3) computed independently.
     */
    @Test
    void correctsTheVarianceForTies() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {1, 2, 2}, new double[] {2, 3, 4});
        assertEquals(1, test.u());
        assertEquals(-3 / Math.sqrt(4.65), test.z(), 1e-12);
        assertEquals(0.16415972847851523, test.pValue(), 1e-12);
        assertEquals(TestMethod.NORMAL_APPROXIMATION, test.method());
    }

    /**
     * By hand: of the C(6, 3) = 20 equally likely orderings of two samples of three, one puts the first sample
     * wholly below (U = 0) and one wholly above, so the exact two-sided p is 2/20 = 0.1 (the approximation
     * would say 0.0809).
     */
    @Test
    void separatedSamplesOfThree() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertEquals(0, test.u());
        assertEquals(TestMethod.EXACT, test.method());
        assertEquals(0.1, test.pValue(), 1e-15);
        assertEquals("p = 0.1", test.pInWords());
    }

    @Test
    void identicalValuesGiveNoEvidence() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {5, 5, 5}, new double[] {5, 5});
        assertEquals(3, test.u());
        assertEquals(0, test.z());
        assertEquals(1, test.pValue());
    }

    @Test
    void largeSamplesDoNotOverflow() {
        double[] low = new double[60_000];
        double[] high = new double[60_000];
        Arrays.fill(high, 1);
        MannWhitneyU test = MannWhitneyU.test(high, low);
        assertEquals(60_000.0 * 60_000, test.u());
        assertTrue(test.z() > 0 && test.pValue() < 1e-100, test.toString());
        assertEquals("p < 0.001", test.pInWords());
    }

    @Test
    void needsAValueInEachSample() {
        assertThrows(IllegalArgumentException.class, () -> MannWhitneyU.test(new double[0], new double[] {1}));
    }
}
