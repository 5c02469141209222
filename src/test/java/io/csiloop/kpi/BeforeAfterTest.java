package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {

    private static final MeasurementDefinition HIGHER = DefinitionDraft.higherIsBetter(80, 5).build();
    private static final MeasurementDefinition LOWER = DefinitionDraft.lowerIsBetter(40, 5).build();
    private static final double[] BEFORE = {50, 52, 49, 51, 48, 50, 53, 47, 50, 51};
    private static final double[] AFTER = {58, 61, 59, 60, 62, 57, 60, 59, 61, 60};

    @Test
    void aClearRiseIsAnImprovementWhenHigherIsBetter() {
        BeforeAfter result = BeforeAfter.compare(BEFORE, AFTER, HIGHER);
        assertEquals(50.1, result.meanBefore(), 1e-12);
        assertEquals(59.7, result.meanAfter(), 1e-12);
        assertEquals(9.6, result.shift(), 1e-12);
        assertEquals(100, result.test().u(), "all 10 x 10 values after the change beat those before");
        assertTrue(result.test().pValue() < 0.001, result.toString());
        assertEquals(Verdict.IMPROVED, result.verdict());
        assertEquals(BeforeAfter.DEFAULT_ALPHA, result.alpha());
    }

    /**
     * R's documentation example of {@code wilcox.test} (see {@link MannWhitneyUTest}) read as a before/after: the
     * exact test and the Hodges-Lehmann shift 0.305 in [-0.15, 0.76] ({@link ShiftEstimateTest}).
     */
    @Test
    void carriesTheExactTestAndTheShiftWithItsInterval() {
        BeforeAfter result = BeforeAfter.compare(new double[] {1.15, 0.88, 0.90, 0.74, 1.21},
                new double[] {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46}, HIGHER);
        assertEquals(TestMethod.EXACT, result.test().method());
        assertEquals(0.2544, result.test().pValue(), 5e-5);
        ShiftEstimate shift = result.shiftEstimate().orElseThrow();
        assertEquals(0.305, shift.estimate(), 1e-12);
        assertEquals(-0.15, shift.lower(), 1e-12);
        assertEquals(0.76, shift.upper(), 1e-12);
        assertEquals(Verdict.NO_DETECTABLE_CHANGE, result.verdict());
    }

    @Test
    void theSameRiseIsWorseWhenLowerIsBetter() {
        assertEquals(Verdict.WORSE, BeforeAfter.compare(BEFORE, AFTER, LOWER).verdict());
        assertEquals(Verdict.IMPROVED, BeforeAfter.compare(AFTER, BEFORE, LOWER).verdict());
    }

    @Test
    void aSustainedShiftIsReadAgainstTheBaselineLimits() {
        BeforeAfter result = BeforeAfter.compare(BEFORE, AFTER, HIGHER);
        assertEquals(Optional.of(XmrLimits.of(BEFORE)), result.baselineLimits());
        assertTrue(result.sustainedShift());
        // Read with the measure's profile, Making Data Count by default: its shift is seven on one side.
        assertTrue(result.afterSignals().stream().anyMatch(s -> s.rule() == SignalRule.SHIFT_OF_SEVEN
                && s.points().get(0) == 0 && s.points().size() == AFTER.length), result.afterSignals().toString());
    }

    @Test
    void theSameValuesInAnotherOrderShowNoChange() {
        double[] shuffled = {51, 50, 47, 53, 50, 48, 51, 49, 52, 50};
        BeforeAfter result = BeforeAfter.compare(BEFORE, shuffled, HIGHER);
        assertEquals(1, result.test().pValue());
        assertEquals(Verdict.NO_DETECTABLE_CHANGE, result.verdict());
        assertFalse(result.sustainedShift());
    }

    @Test
    void theVerdictDependsOnAlpha() {
        // The SciPy example (p = 0.111): significant at 20 %, not at 5 %.
        double[] before = {20, 11, 17, 12};
        double[] after = {19, 22, 16, 29, 24};
        assertEquals(Verdict.NO_DETECTABLE_CHANGE, BeforeAfter.compare(before, after, HIGHER).verdict());
        assertEquals(Verdict.IMPROVED, BeforeAfter.compare(before, after, HIGHER, 0.2).verdict());
    }

    @Test
    void withinABandCloserToTheBandIsBetterFromEitherSide() {
        MeasurementDefinition band = DefinitionDraft.withinBand(40, 70, 5).build();
        double[] farAbove = {90, 92, 88, 91, 89, 90, 93, 87};
        double[] inside = {65, 45, 70, 50, 60, 55, 40, 68};
        double[] farBelow = {10, 12, 8, 11, 9, 10, 13, 7};
        assertEquals(Verdict.IMPROVED, BeforeAfter.compare(farAbove, inside, band).verdict());
        assertEquals(Verdict.WORSE, BeforeAfter.compare(inside, farBelow, band).verdict());
        assertEquals(Verdict.NO_DETECTABLE_CHANGE, BeforeAfter.compare(inside, new double[] {41, 69, 55}, band)
                .verdict());
    }

    @Test
    void aBaselineOfOneValueHasNoLimits() {
        BeforeAfter result = BeforeAfter.compare(new double[] {50}, AFTER, HIGHER);
        assertEquals(Optional.empty(), result.baselineLimits());
        assertEquals(0, result.afterSignals().size());
        assertFalse(result.sustainedShift());
    }

    @Test
    void refusesEmptyWindowsAndAlphaOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> BeforeAfter.compare(new double[0], AFTER, HIGHER));
        assertThrows(IllegalArgumentException.class, () -> BeforeAfter.compare(BEFORE, new double[0], HIGHER));
        assertThrows(IllegalArgumentException.class, () -> BeforeAfter.compare(BEFORE, AFTER, HIGHER, 0));
        assertThrows(IllegalArgumentException.class, () -> BeforeAfter.compare(BEFORE, AFTER, HIGHER, 1));
        assertThrows(IllegalArgumentException.class, () -> BeforeAfter.compare(BEFORE, AFTER, HIGHER, Double.NaN));
    }
}
