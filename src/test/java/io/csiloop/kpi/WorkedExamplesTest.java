package io.csiloop.kpi;

import io.csiloop.measure.Direction;
import io.csiloop.measure.RuleProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Worked examples of the practitioners' tools, ported as facts (inputs and expected outputs) into our own code.
 * Each nested class names the repository, the file and the commit it was read at.
 */
class WorkedExamplesTest {

    /** Centre 0 and sigma 1: 2 sigma at &plusmn;2, the limits at &plusmn;3. */
    private static final XmrLimits UNIT_SIGMA = new XmrLimits(0, XmrLimits.D2);

    /**
     * nhs-r-community/NHSRplotthedots, tests/testthat/test-ptd_calculate_point_type.R, commit
     * 050b07d7eacc011767532732f69b8fd7d6a28fd3. The R tests feed sides of the mean (+1/-1) and "close to the limits"
     * flags; here they are values against centre 0, sigma 1: 0.5 is above the mean, 2.5 above and close to the
     * upper limit.
     */
    @Nested
    class NhsrPointType {

        @Test
        void sevenPointsOnOneSideOfTheMean() {
            assertEquals(List.of(), found(concat(repeat(0.5, 6), -0.5), SignalRule.SHIFT_OF_SEVEN));
            assertEquals(List.of("HIGH[0,1,2,3,4,5,6,7]"),
                    found(concat(repeat(0.5, 8), -0.5), SignalRule.SHIFT_OF_SEVEN));
            assertEquals(List.of("LOW[0,1,2,3,4,5,6,7]"),
                    found(concat(repeat(-0.5, 8), 0.5), SignalRule.SHIFT_OF_SEVEN));
        }

        @Test
        void sevenPointTrendsAndTies() {
            XmrLimits wide = new XmrLimits(4, 100);
            assertEquals(List.of(), found(values(1, 2, 3, 4, 5, 6), wide, SignalRule.TREND_OF_SEVEN));
            assertEquals(List.of(), found(values(1, 2, 3, 3, 4, 5, 6), wide, SignalRule.TREND_OF_SEVEN));
            assertEquals(List.of("HIGH[0,1,2,3,4,5,6]"),
                    found(values(1, 2, 3, 4, 5, 6, 7), wide, SignalRule.TREND_OF_SEVEN));
            assertEquals(List.of("HIGH[1,2,3,4,5,6,7]"),
                    found(values(2, 1, 2, 3, 4, 5, 6, 7, 3), wide, SignalRule.TREND_OF_SEVEN));
            assertEquals(List.of("LOW[0,1,2,3,4,5,6]"),
                    found(values(7, 6, 5, 4, 3, 2, 1), wide, SignalRule.TREND_OF_SEVEN));
            assertEquals(List.of("LOW[1,2,3,4,5,6,7]"),
                    found(values(2, 7, 6, 5, 4, 3, 2, 1, 3), wide, SignalRule.TREND_OF_SEVEN));
        }

        @Test
        void twoInThreeCloseToTheLimitsOnOneSide() {
            assertEquals(List.of("HIGH[0,2]"), found(values(2.5, 0.5, 2.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of("HIGH[1,2]"), found(values(0.5, 2.5, 2.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of("HIGH[2,4]"),
                    found(values(0.5, 0.5, 2.5, 0.5, 2.5, 0.5, 0.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of("HIGH[2,3]"),
                    found(values(0.5, 0.5, 2.5, 2.5, 0.5, 0.5, 0.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of(), found(values(2.5, 0.5, 0.5, 2.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of("HIGH[3,4]"),
                    found(values(2.5, 0.5, 0.5, 2.5, 2.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
        }

        @Test
        void twoInThreeDoesNotCountAPointAcrossTheMean() {
            assertEquals(List.of(), found(values(2.5, -0.5, 2.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of(), found(values(0.5, -2.5, 2.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of(), found(values(2.5, -2.5, 0.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of(),
                    found(values(0.5, -0.5, 2.5, -0.5, 2.5, -0.5, 0.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
            assertEquals(List.of(),
                    found(values(-0.5, 0.5, -2.5, 2.5, -0.5, 0.5, -0.5), SignalRule.TWO_OF_THREE_NEAR_LIMIT));
        }

        @Test
        void pointTypeByImprovementDirection() {
            double[] rising = values(0.5, 3.5);
            List<Signal> signals = RunRules.signals(rising, UNIT_SIGMA, RuleProfile.MAKING_DATA_COUNT);
            assertEquals(VariationIcon.IMPROVEMENT_HIGH,
                    VariationIcon.of(2, signals, Direction.HIGHER_IS_BETTER, null, 0));
            assertEquals(VariationIcon.CONCERN_HIGH, VariationIcon.of(2, signals, Direction.LOWER_IS_BETTER, null, 0));
            assertEquals(VariationIcon.COMMON_CAUSE,
                    VariationIcon.of(3, signals, Direction.HIGHER_IS_BETTER, null, 0));
        }
    }

    /**
     * nhs-r-community/NHSRplotthedots, tests/testthat/test-ptd_calculate_assurance_type.R, commit
     * 050b07d7eacc011767532732f69b8fd7d6a28fd3: limits (1, 3), (5, 7), (1, 5) against target 4.
     */
    @Nested
    class NhsrAssurance {

        @Test
        void increase() {
            assertEquals(List.of(AssuranceIcon.CONSISTENTLY_FAIL, AssuranceIcon.CONSISTENTLY_PASS,
                    AssuranceIcon.HIT_AND_MISS), assurances(Direction.HIGHER_IS_BETTER));
        }

        @Test
        void decrease() {
            assertEquals(List.of(AssuranceIcon.CONSISTENTLY_PASS, AssuranceIcon.CONSISTENTLY_FAIL,
                    AssuranceIcon.HIT_AND_MISS), assurances(Direction.LOWER_IS_BETTER));
        }

        @Test
        void noTargetNoIcon() {
            assertEquals(Optional.empty(), AssuranceIcon.of(limits(1, 3), Direction.HIGHER_IS_BETTER, null, null));
        }

        private List<AssuranceIcon> assurances(Direction direction) {
            return List.of(limits(1, 3), limits(5, 7), limits(1, 5)).stream()
                    .map(l -> AssuranceIcon.of(l, direction, 4.0, null).orElseThrow()).toList();
        }
    }

    /**
     * nhs-r-community/NHSRplotthedots, vignettes/deviations.Rmd, commit 050b07d7eacc011767532732f69b8fd7d6a28fd3:
     * one series with and without screening, limits as the vignette's captions print them (2 decimals). The R
     * package multiplies by 2.66, we by 3 / 1.128 = 2.6596: the difference stays in the third decimal.
     */
    @Nested
    class NhsrScreening {

        private final double[] data = values(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1);

        @Test
        void screenedAsTheRPackageDefault() {
            XmrLimits limits = XmrLimits.of(data, true);
            assertEquals(4.60, limits.upperLimit(), 0.005);
            assertEquals(1.94, limits.centre(), 0.005);
            assertEquals(-0.72, limits.lowerLimit(), 0.005);
        }

        @Test
        void unscreenedAsTheMakingDataCountExcelTool() {
            XmrLimits limits = XmrLimits.of(data, false);
            assertEquals(6.95, limits.upperLimit(), 0.005);
            assertEquals(1.94, limits.centre(), 0.005);
            assertEquals(-3.06, limits.lowerLimit(), 0.005);
        }

        @Test
        void bothChartsShowTheTenAsAnImprovementHigh() {
            for (boolean screening : new boolean[] {true, false}) {
                XmrLimits limits = XmrLimits.of(data, screening);
                List<Signal> signals = RunRules.signals(data, limits, RuleProfile.MAKING_DATA_COUNT);
                assertEquals(List.of("BEYOND_LIMIT HIGH[4]"), signals.stream()
                        .map(s -> s.rule() + " " + s.side() + s.points().toString().replace(" ", "")).toList());
                assertEquals(VariationIcon.IMPROVEMENT_HIGH,
                        VariationIcon.of(5, signals, Direction.HIGHER_IS_BETTER, null, limits.centre()));
            }
        }
    }

    /**
     * nhs-pycom/nhspy-plotthedots, tests/unittests/test_limits_calculations.py, commit
     * bfdefe4ae0baca24b71dcd997e3d5ab7ce9f07e0: (values, mean, lower, upper limit). The mean and the average
     * moving range (their (upl - mean) / 2.66) are exact; the limits differ by 2.66 against 2.6596.
     */
    @Nested
    class NhspyLimits {

        @Test
        void limitsOfTheirSeries() {
            limits(values(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5.5, 2.84, 8.16);
            limits(values(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 5.5, 2.84, 8.16);
            limits(values(1, 2, 3, 4, 5, 4, 3, 2, 1, 2), 2.7, 0.040000000000000036, 5.36);
            limits(values(1, 2, 3), 2.0, -0.6600000000000001, 4.66);
            limits(values(3, 1, 4, 1, 5, 9, 2), 3.5714285714285716, -6.625238095238096, 13.768095238095238);
            limits(values(1, 2, 3, 2, 1, 2, 3, 4, 5, 6, 7, 4, 3, 2, 1, 2), 3.0, -0.014666666666666828,
                    6.014666666666667);
            limits(values(-1, -2, -3, -2, -1, -2, -3, -4, -5, -6, -7, -4, -3, -2, -1, -2), -3.0, -6.014666666666667,
                    0.014666666666666828);
        }

        private void limits(double[] values, double mean, double lower, double upper) {
            XmrLimits limits = XmrLimits.of(values);
            double averageMovingRange = (upper - mean) / 2.66;
            assertEquals(mean, limits.centre(), 1e-12);
            assertEquals(averageMovingRange, limits.averageMovingRange(), 1e-12);
            double e2Rounding = (2.66 - 3 / XmrLimits.D2) * averageMovingRange;
            assertEquals(upper - e2Rounding, limits.upperLimit(), 1e-12);
            assertEquals(lower + e2Rounding, limits.lowerLimit(), 1e-12);
        }
    }

    /**
     * AUS-DOH-Safety-and-Quality/PowerBI-SPC, test/Outlier Flagging/twoInThree.test.ts, shift.test.ts,
     * trend.test.ts and assuranceIconToDraw.test.ts, commit 478773a5d73a14aeb1996eb2add346afba8ef72a. Their
     * two-in-three lets the third point lie anywhere, as Western Electric does; their 95 % lines at 0 and 10 are
     * our 2-sigma lines around centre 5 (sigma 2.5), their 99 % lines the limits.
     */
    @Nested
    class PowerBiSpc {

        private final XmrLimits fiveByTwoAndAHalf = new XmrLimits(5, 2.5 * XmrLimits.D2);

        @Test
        void twoInThreeFlagsOnlyThePointsOutside() {
            assertEquals(List.of("HIGH[1,2]"), found(values(5, 11, 11, 5, 5, 5), fiveByTwoAndAHalf,
                    RuleProfile.WESTERN_ELECTRIC, SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA));
            assertEquals(List.of("LOW[1,2]"), found(values(5, -1, -1, 5, 5, 5), fiveByTwoAndAHalf,
                    RuleProfile.WESTERN_ELECTRIC, SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA));
            assertEquals(List.of("HIGH[0,2]"), found(values(11, 5, 11, 5, 5), fiveByTwoAndAHalf,
                    RuleProfile.WESTERN_ELECTRIC, SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA));
            assertEquals(List.of(), found(values(5, 6, 7, 8, 9), fiveByTwoAndAHalf,
                    RuleProfile.WESTERN_ELECTRIC, SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA));
        }

        @Test
        void noShiftAroundTheCentreAndNoTrendInEqualValues() {
            assertEquals(List.of(), found(values(5, 6, 4, 5, 6, 4, 5), fiveByTwoAndAHalf,
                    RuleProfile.MAKING_DATA_COUNT, SignalRule.SHIFT_OF_SEVEN));
            assertEquals(List.of(), found(values(5, 5, 5, 5, 5, 5, 5), fiveByTwoAndAHalf,
                    RuleProfile.MAKING_DATA_COUNT, SignalRule.TREND_OF_SEVEN));
            assertEquals(List.of(), found(values(5, 6, 5, 6, 5, 6, 5), fiveByTwoAndAHalf,
                    RuleProfile.MAKING_DATA_COUNT, SignalRule.TREND_OF_SEVEN));
        }

        @Test
        void assuranceAgainstLimitsZeroToTen() {
            XmrLimits zeroToTen = new XmrLimits(5, 5.0 / 3 * XmrLimits.D2);
            assertEquals(AssuranceIcon.CONSISTENTLY_FAIL, assurance(zeroToTen, Direction.HIGHER_IS_BETTER, 15));
            assertEquals(AssuranceIcon.CONSISTENTLY_PASS, assurance(zeroToTen, Direction.HIGHER_IS_BETTER, -5));
            assertEquals(AssuranceIcon.HIT_AND_MISS, assurance(zeroToTen, Direction.HIGHER_IS_BETTER, 5));
            assertEquals(AssuranceIcon.CONSISTENTLY_PASS, assurance(zeroToTen, Direction.LOWER_IS_BETTER, 15));
            assertEquals(AssuranceIcon.CONSISTENTLY_FAIL, assurance(zeroToTen, Direction.LOWER_IS_BETTER, -5));
            assertEquals(AssuranceIcon.HIT_AND_MISS, assurance(zeroToTen, Direction.LOWER_IS_BETTER, 5));
            assertEquals(AssuranceIcon.HIT_AND_MISS, assurance(zeroToTen, Direction.HIGHER_IS_BETTER, 10));
            assertEquals(AssuranceIcon.HIT_AND_MISS, assurance(zeroToTen, Direction.HIGHER_IS_BETTER, 0));
        }

        private AssuranceIcon assurance(XmrLimits limits, Direction direction, double target) {
            return AssuranceIcon.of(limits, direction, target, null).orElseThrow();
        }
    }

    /** Limits from lower to upper: centre halfway, 3 sigma half the width. */
    static XmrLimits limits(double lower, double upper) {
        return new XmrLimits((lower + upper) / 2, (upper - lower) / 6 * XmrLimits.D2);
    }

    private static List<String> found(double[] values, SignalRule rule) {
        return found(values, UNIT_SIGMA, rule);
    }

    private static List<String> found(double[] values, XmrLimits limits, SignalRule rule) {
        return found(values, limits, RuleProfile.MAKING_DATA_COUNT, rule);
    }

    private static List<String> found(double[] values, XmrLimits limits, RuleProfile profile, SignalRule rule) {
        return RunRules.signals(values, limits, profile).stream().filter(s -> s.rule() == rule)
                .map(s -> s.side() + s.points().toString().replace(" ", "")).toList();
    }

    static double[] values(double... values) {
        return values;
    }

    static double[] repeat(double value, int count) {
        double[] values = new double[count];
        java.util.Arrays.fill(values, value);
        return values;
    }

    static double[] concat(double[] head, double... tail) {
        double[] values = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, values, head.length, tail.length);
        return values;
    }
}
