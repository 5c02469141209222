package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Hodges-Lehmann shift and its interval against published R output and against cases worked by hand. */
class ShiftEstimateTest {

    /**
     * An R session published with its output: Cross Validated, "None of the values in my data are within the
     * confidence interval" (question on {@code wilcox.test}), as stored in the public dataset
     * https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1: {@code wilcox.test(treated, untreated,
     * conf.int = TRUE)} prints "Wilcoxon rank sum test" (exact: 8 and 8 values, no ties), W = 25,
     * p-value = 0.5054, 95 percent confidence interval -807 198, difference in location -83.5.
     */
    @Test
    void reproducesAPublishedExactInterval() {
        double[] treated = {323, 421, 578, 300, 256, 640, 912, 370};
        double[] untreated = {2388, 210, 380, 345, 1130, 260, 665, 1157};
        ShiftEstimate shift = ShiftEstimate.of(treated, untreated).orElseThrow();
        assertEquals(TestMethod.EXACT, shift.method());
        assertEquals(-83.5, shift.estimate());
        assertEquals(-807, shift.lower());
        assertEquals(198, shift.upper());
        assertEquals(0.95, shift.confidenceLevel());
        MannWhitneyU test = MannWhitneyU.test(treated, untreated);
        assertEquals(25, test.u());
        assertEquals(0.5054, test.pValue(), 5e-5);
    }

    /**
     * R's documentation example (Hollander &amp; Wolfe's chorioamnion data, {@code ?wilcox.test}): n = 10 and 5, so
     * {@code qwilcox(0.025, 10, 5)} = 9, and the interval is the 9th and the 42nd of the 50 sorted differences;
     * the estimate is the mean of the 25th and 26th. Those order statistics were read off the sorted differences
     * by an independent enumeration (Python, every one of the C(15, 5) orderings for the quantile).
     */
    @Test
    void reproducesTheRDocumentationExampleByOrderStatistics() {
        ShiftEstimate shift = ShiftEstimate.of(new double[] {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73,
            1.46}, new double[] {1.15, 0.88, 0.90, 0.74, 1.21}).orElseThrow();
        assertEquals(TestMethod.EXACT, shift.method());
        assertEquals(0.305, shift.estimate(), 1e-12);
        assertEquals(-0.15, shift.lower(), 1e-12);
        assertEquals(0.76, shift.upper(), 1e-12);
        assertEquals(0.95, shift.confidenceLevel());
    }

    /**
     * By hand: three values against three, wholly apart. No interval of the 9 differences reaches 95 %: the widest,
     * from the smallest to the largest difference, misses only when U is 0 or 9, 2/20 of the orderings, so R warns
     * "Requested conf.level not achievable" and reports 90 %. The differences 4 - 1 ... 6 - 3 run 1, 2, 2, 3, 3, 3,
     * 4, 4, 5: median 3.
     */
    @Test
    void lowersTheLevelAsRDoesWhenNinetyFivePercentCannotBeReached() {
        ShiftEstimate shift = ShiftEstimate.of(new double[] {4, 5, 6}, new double[] {1, 2, 3}).orElseThrow();
        assertEquals(3, shift.estimate());
        assertEquals(1, shift.lower());
        assertEquals(5, shift.upper());
        assertEquals(0.9, shift.confidenceLevel(), 1e-12);
    }

    /**
     * With ties (the endmemo.com session of {@link MannWhitneyUTest}, W = 51.5, p = 0.5966) R finds the interval by
     * {@code uniroot}. R's algorithm was rerun independently (Python, {@code scipy.optimize.brentq} with R's
     * tolerance 1e-4 on R's standardised statistic) and gives -10.000065, 11.999949 and the estimate -1.999993:
     * the pairwise differences -10, 12 and -2 within that tolerance, which this class returns exactly.
     */
    @Test
    void findsTheApproximateIntervalWhereRsRootFinderDoes() {
        ShiftEstimate shift = ShiftEstimate.of(new double[] {1, 5, 9, 24, 56, 21, 3, 7, 21, 4},
                new double[] {12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5}).orElseThrow();
        assertEquals(TestMethod.NORMAL_APPROXIMATION, shift.method());
        assertEquals(-10, shift.lower());
        assertEquals(12, shift.upper());
        assertEquals(-2, shift.estimate());
        assertEquals(0.95, shift.confidenceLevel());
    }

    /**
     * By hand, ties: the score of {1, 2, 2} - d against {2, 3, 4} never reaches +1.96 within the differences'
     * range, so R's root returns the range's lower end, min - max = -3, and falls to -1.96 only after the last
     * step, at max - min = 0 (the rerun of R's algorithm gives -3 and 0 too).
     */
    @Test
    void returnsTheRangeEndsWhenTheScoreNeverReachesTheQuantile() {
        ShiftEstimate shift = ShiftEstimate.of(new double[] {1, 2, 2}, new double[] {2, 3, 4}).orElseThrow();
        assertEquals(-3, shift.lower());
        assertEquals(0, shift.upper());
        assertEquals(-1, shift.estimate());
    }

    @Test
    void declinesBeyondTheBoundOfPairs() {
        assertTrue(ShiftEstimate.of(new double[1001], new double[1000]).isEmpty());
        assertTrue(ShiftEstimate.of(new double[1000], new double[1000]).isPresent());
        assertThrows(IllegalArgumentException.class, () -> ShiftEstimate.of(new double[0], new double[] {1}));
    }
}
