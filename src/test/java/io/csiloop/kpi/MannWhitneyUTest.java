package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MannWhitneyUTest {

    /**
     * The worked example of the SciPy documentation: {@code scipy.stats.mannwhitneyu}, section
     * "Examples" (ages of 5 males and 4 females; U<sub>M</sub> = 17), which prints
     * {@code mannwhitneyu(males, females, method="asymptotic")} as p = 0.11134688653314041, the normal
     * approximation with continuity correction; https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.mannwhitneyu.html
     */
    @Test
    void reproducesTheScipyDocumentationExample() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {19, 22, 16, 29, 24}, new double[] {20, 11, 17, 12});
        assertEquals(17, test.u());
        assertEquals(6.5 / Math.sqrt(200.0 / 12), test.z(), 1e-12);
        assertEquals(0.11134688653314041, test.pValue(), 1e-12);
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
    }

    @Test
    void separatedSamplesOfThree() {
        MannWhitneyU test = MannWhitneyU.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertEquals(0, test.u());
        assertEquals(0.0808555983700523, test.pValue(), 1e-12); // 2Φ(-(4.5 - 0.5)/√5.25), computed independently
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
    }

    @Test
    void needsAValueInEachSample() {
        assertThrows(IllegalArgumentException.class, () -> MannWhitneyU.test(new double[0], new double[] {1}));
    }
}
