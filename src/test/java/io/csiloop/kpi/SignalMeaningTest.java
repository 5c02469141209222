package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;
import io.csiloop.measure.RuleProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Meaning by direction and band, the profiles' own rules, and a constant series. */
class SignalMeaningTest {

    private static final XmrLimits UNIT_SIGMA = new XmrLimits(0, XmrLimits.D2);

    @Test
    void meaningFollowsTheDirection() {
        assertEquals(SignalMeaning.IMPROVEMENT, SignalMeaning.of(Signal.Side.HIGH, Direction.HIGHER_IS_BETTER, null, 0));
        assertEquals(SignalMeaning.CONCERN, SignalMeaning.of(Signal.Side.LOW, Direction.HIGHER_IS_BETTER, null, 0));
        assertEquals(SignalMeaning.CONCERN, SignalMeaning.of(Signal.Side.HIGH, Direction.LOWER_IS_BETTER, null, 0));
        assertEquals(SignalMeaning.NEUTRAL, SignalMeaning.of(Signal.Side.NONE, Direction.LOWER_IS_BETTER, null, 0));
    }

    @Test
    void withinABandTowardsItIsAnImprovementAwayAConcernInsideNeutral() {
        Band band = new Band(40, 70);
        assertEquals(SignalMeaning.CONCERN, SignalMeaning.of(Signal.Side.HIGH, Direction.WITHIN_BAND, band, 80));
        assertEquals(SignalMeaning.IMPROVEMENT, SignalMeaning.of(Signal.Side.LOW, Direction.WITHIN_BAND, band, 80));
        assertEquals(SignalMeaning.IMPROVEMENT, SignalMeaning.of(Signal.Side.HIGH, Direction.WITHIN_BAND, band, 30));
        assertEquals(SignalMeaning.NEUTRAL, SignalMeaning.of(Signal.Side.HIGH, Direction.WITHIN_BAND, band, 55));
    }

    @Test
    void assuranceWithinABand() {
        Band band = new Band(40, 70);
        assertEquals(Optional.of(AssuranceIcon.CONSISTENTLY_PASS),
                AssuranceIcon.of(WorkedExamplesTest.limits(45, 65), Direction.WITHIN_BAND, null, band));
        assertEquals(Optional.of(AssuranceIcon.CONSISTENTLY_FAIL),
                AssuranceIcon.of(WorkedExamplesTest.limits(71, 90), Direction.WITHIN_BAND, null, band));
        assertEquals(Optional.of(AssuranceIcon.HIT_AND_MISS),
                AssuranceIcon.of(WorkedExamplesTest.limits(60, 80), Direction.WITHIN_BAND, null, band));
    }

    @Test
    void aConstantSeriesHasNoZoneSignalsAndIsJudgedByTheConstant() {
        double[] constant = WorkedExamplesTest.repeat(5, 12);
        XmrLimits limits = XmrLimits.of(constant, true);
        assertEquals(0, limits.averageMovingRange());
        for (RuleProfile profile : RuleProfile.values()) {
            assertEquals(List.of(), RunRules.signals(constant, limits, profile), profile.name());
            assertEquals(List.of(), RunRules.signals(WorkedExamplesTest.values(5, 6, 4, 5), limits, profile),
                    "a zero-width zone: " + profile);
        }
        assertEquals(Optional.of(AssuranceIcon.CONSISTENTLY_PASS),
                AssuranceIcon.of(limits, Direction.HIGHER_IS_BETTER, 5.0, null));
        assertEquals(Optional.of(AssuranceIcon.CONSISTENTLY_FAIL),
                AssuranceIcon.of(limits, Direction.HIGHER_IS_BETTER, 5.5, null));
        assertEquals(Optional.of(AssuranceIcon.CONSISTENTLY_PASS),
                AssuranceIcon.of(limits, Direction.LOWER_IS_BETTER, 5.5, null));
        assertEquals(VariationIcon.COMMON_CAUSE,
                VariationIcon.of(12, List.of(), Direction.HIGHER_IS_BETTER, null, limits.centre()));
    }

    @Test
    void kpiSignalsShortRunNeedsFourOnOneSideWithThreeBeyondTwoSigma() {
        assertEquals(List.of("THREE_OF_FOUR_BEYOND_TWO_SIGMA HIGH[0,1,3]"),
                read(RuleProfile.KPI_SIGNALS, 2.5, 2.5, 0.5, 2.5));
        assertEquals(List.of(), read(RuleProfile.KPI_SIGNALS, 2.5, 2.5, -0.5, 2.5));
        assertEquals(List.of("SHIFT_OF_SEVEN LOW[0,1,2,3,4,5,6]"),
                read(RuleProfile.KPI_SIGNALS, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5));
        assertEquals(List.of("BEYOND_LIMIT HIGH[0]"), read(RuleProfile.KPI_SIGNALS, 3.5, -3.5 / 2));
    }

    @Test
    void westernElectricIsTodaysRulesAndTheDefaultOverload() {
        double[] values = WorkedExamplesTest.values(0.5, 3.5, -0.5, -3.01);
        assertEquals(RunRules.signals(values, UNIT_SIGMA), RunRules.signals(values, UNIT_SIGMA,
                RuleProfile.WESTERN_ELECTRIC));
        assertEquals(List.of("BEYOND_LIMIT HIGH[1]", "RANGE_BEYOND_LIMIT NONE[1,2]", "BEYOND_LIMIT LOW[3]"),
                read(RuleProfile.WESTERN_ELECTRIC, values));
        assertEquals(List.of("BEYOND_LIMIT HIGH[1]", "BEYOND_LIMIT LOW[3]"), read(RuleProfile.MAKING_DATA_COUNT, values));
    }

    @Test
    void theLatestPointTakesTheStrongestSignal() {
        double[] values = WorkedExamplesTest.values(-2.5, -2, -1.5, -1, -0.5, 0.5, 3.5);
        List<Signal> signals = RunRules.signals(values, UNIT_SIGMA, RuleProfile.MAKING_DATA_COUNT);
        assertEquals(List.of("TREND_OF_SEVEN HIGH[0,1,2,3,4,5,6]", "BEYOND_LIMIT HIGH[6]"), text(signals));
        assertEquals(VariationIcon.CONCERN_HIGH, VariationIcon.of(7, signals, Direction.LOWER_IS_BETTER, null, 0));
    }

    private static List<String> read(RuleProfile profile, double... values) {
        return text(RunRules.signals(values, UNIT_SIGMA, profile));
    }

    private static List<String> text(List<Signal> signals) {
        return signals.stream().map(s -> s.rule() + " " + s.side() + s.points().toString().replace(" ", "")).toList();
    }
}
