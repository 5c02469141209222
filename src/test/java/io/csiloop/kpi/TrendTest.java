package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final Period JANUARY = new Period(PeriodUnit.MONTH, LocalDate.parse("2026-01-01"),
            ZoneId.of("Europe/Berlin"));
    private static final MeasurementDefinition HIGHER_TO_30 = DefinitionDraft.higherIsBetter(30, 1).build();

    @Test
    void fitsTheSlopeAndForecastsThePeriodTheLineReachesTheTarget() {
        Trend trend = Trend.of(months(10, 12, 14, 16, 18, 20), 6, HIGHER_TO_30).orElseThrow();
        assertEquals(2, trend.slopePerPeriod(), 1e-12);
        assertEquals(10, trend.intercept(), 1e-12);
        assertEquals(JANUARY, trend.first());
        assertEquals(JANUARY.plus(5), trend.last());
        // 10 + 2x = 30 at x = 10: November 2026.
        assertEquals(reachedIn("2026-11"), label(trend.forecast()));
    }

    @Test
    void aMissingPeriodKeepsItsPlaceOnTheTimeAxis() {
        List<KpiValue> values = List.of(month(0, 0), month(1, 2), month(3, 6), month(4, 8));
        assertEquals(2, Trend.of(values, 10, HIGHER_TO_30).orElseThrow().slopePerPeriod(), 1e-12);
    }

    @Test
    void fitsOnlyTheLastNPeriods() {
        Trend trend = Trend.of(months(100, -50, 7, 10, 13, 16), 4, HIGHER_TO_30).orElseThrow();
        assertEquals(3, trend.slopePerPeriod(), 1e-12);
        assertEquals(4, trend.valueCount());
        assertEquals(JANUARY.plus(2), trend.first());
    }

    @Test
    void aLowerIsBetterMeasureFallingTowardsItsTargetGetsThere() {
        MeasurementDefinition lowerTo4 = DefinitionDraft.lowerIsBetter(4, 0).build();
        Trend trend = Trend.of(months(10, 9, 8), 3, lowerTo4).orElseThrow();
        assertEquals(reachedIn("2026-07"), label(trend.forecast()));
    }

    @Test
    void aBandIsReachedAtItsNearerEnd() {
        MeasurementDefinition band = DefinitionDraft.withinBand(40, 70, 0).build();
        assertEquals(reachedIn("2026-05"), label(Trend.of(months(90, 85, 80), 3, band).orElseThrow().forecast()));
        assertEquals(reachedIn("2026-07"), label(Trend.of(months(10, 15, 20, 25), 4, band).orElseThrow().forecast()));
    }

    @Test
    void aRealTrendMovingAwayIsNotAtThisRate() {
        assertEquals(Forecast.Outcome.NOT_AT_THIS_RATE, outcome(months(20, 18, 16)));
    }

    @Test
    void standingStillIsStableAroundTheLevelNotATrend() {
        Trend trend = Trend.of(months(20, 20, 20), 3, HIGHER_TO_30).orElseThrow();
        assertEquals(1, trend.slopePValue().getAsDouble());
        assertEquals("STABLE_AROUND 20.0", label(trend.forecast()));
    }

    /**
     * A stable process like the demo's MTTR-P2: weekly mean hours to resolve, noise around 10.9, lower is better,
     * target 8. The fitted line falls by 0.01 hours a week, p = 0.88 (scipy's linregress agrees): noise, not a
     * trend, so no date. Before this, the line was extended until it met 8 hours, thousands of weeks on.
     */
    @Test
    void aStableProcessIsStableAroundItsMeanAndForecastsNoDate() {
        MeasurementDefinition lowerTo8 = DefinitionDraft.lowerIsBetter(8, 1).build();
        Trend trend = Trend.of(months(11.8, 10.2, 11.1, 9.9, 12.0, 10.4, 11.3, 10.0, 11.6, 10.5, 11.2, 10.8), 12,
                lowerTo8).orElseThrow();
        assertTrue(trend.slopePerPeriod() < 0, "the line does point at the target");
        assertEquals(0.8777766794108113, trend.slopePValue().getAsDouble(), 1e-9);
        assertFalse(trend.realTrend());
        assertEquals("STABLE_AROUND 10.9", label(trend.forecast()));
        assertEquals(Optional.empty(), trend.forecast().period());
        assertEquals("csiloop.kpi.forecast.stableAround", trend.forecast().messageKey());
    }

    @Test
    void aStableLevelThatMeetsTheTargetSaysSoThoughTheLatestValueMisses() {
        MeasurementDefinition lowerTo8 = DefinitionDraft.lowerIsBetter(8, 1).build();
        Forecast forecast = Trend.of(months(7, 7.8, 7.2, 7.9, 7, 8.5), 6, lowerTo8).orElseThrow().forecast();
        assertEquals("STABLE_AROUND 7.57", label(forecast));
        assertEquals(Forecast.STABLE_AROUND_MET_KEY, forecast.messageKey());
    }

    @Test
    void aClearLinearTrendIsRealAndForecastsTheDate() {
        // 10, 12, …, 20 with a little noise: p well below 0.05.
        Trend trend = Trend.of(months(10, 12.4, 13.8, 16.3, 17.9, 20.2), 6, HIGHER_TO_30).orElseThrow();
        assertTrue(trend.slopePValue().getAsDouble() < 1e-4, "p = " + trend.slopePValue());
        assertTrue(trend.realTrend());
        assertEquals(Forecast.Outcome.REACHED_IN, trend.forecast().outcome());
    }

    /**
     * Seven values in a row each higher than the one before (13 … 19) make a real trend by Making Data Count's
     * trend rule, though the slope over the twelve periods is flat (p = 0.96): the run went up and fell back.
     */
    @Test
    void aSevenPointRunIsARealTrendThoughTheSlopeIsInsignificant() {
        Trend trend = Trend.of(months(14, 20, 14, 19, 13, 14, 15, 16, 17, 18, 19, 12), 12, HIGHER_TO_30)
                .orElseThrow();
        assertEquals(0.964811954180361, trend.slopePValue().getAsDouble(), 1e-9);
        assertTrue(trend.realTrend());
        assertEquals(Forecast.Outcome.NOT_AT_THIS_RATE, trend.forecast().outcome(),
                "a real trend, but the line points away from 30");
    }

    @Test
    void aTieBreaksTheRun() {
        Trend trend = Trend.of(months(14, 20, 14, 19, 13, 14, 15, 15, 17, 18, 19, 12), 12, HIGHER_TO_30)
                .orElseThrow();
        assertFalse(trend.realTrend(), "13, 14, 15, 15, 17, 18, 19: the equal 15 breaks it");
        assertEquals(Forecast.Outcome.STABLE_AROUND, trend.forecast().outcome());
    }

    @Test
    void aFallingRunCountsToo() {
        assertTrue(Trend.hasTrendRun(months(9, 8, 7, 6, 5, 4, 3)));
        assertFalse(Trend.hasTrendRun(months(9, 8, 7, 6, 5, 4)), "six values are not seven");
    }

    @Test
    void twoValuesCannotBeTested() {
        Trend trend = Trend.of(months(10, 20), 2, HIGHER_TO_30).orElseThrow();
        assertTrue(trend.slopePValue().isEmpty());
        assertFalse(trend.realTrend());
        assertEquals("STABLE_AROUND 15.0", label(trend.forecast()));
    }

    @Test
    void aTargetBeyondTheHorizonIsNotAtThisRate() {
        assertEquals(Forecast.Outcome.NOT_AT_THIS_RATE, outcome(months(0, 0.001, 0.002)));
    }

    @Test
    void aLatestValueOnTargetIsAlreadyMetWhateverTheSlope() {
        assertEquals(Forecast.Outcome.ALREADY_MET, outcome(months(40, 35, 30)));
    }

    @Test
    void aLineAlreadyPastTheTargetForecastsTheNextPeriod() {
        // A real trend (p = 0.022) whose fit crosses 30 before May, but May's value (27) has not: June at the earliest.
        Trend trend = Trend.of(months(0, 10, 20, 32, 27), 5, HIGHER_TO_30).orElseThrow();
        assertTrue(trend.realTrend());
        assertEquals(reachedIn("2026-06"), label(trend.forecast()));
    }

    @Test
    void anInsignificantLineDoesNotForecastADate() {
        // The fit crosses 30 too, but three scattered values are no trend (p = 0.85).
        Trend trend = Trend.of(months(10, 50, 20), 3, HIGHER_TO_30).orElseThrow();
        assertTrue(trend.slopePerPeriod() > 0);
        assertEquals(0.8455790416887335, trend.slopePValue().getAsDouble(), 1e-9);
        assertEquals(Forecast.Outcome.STABLE_AROUND, trend.forecast().outcome());
    }

    @Test
    void needsTwoValuesInAscendingOrder() {
        assertEquals(Optional.empty(), Trend.of(months(5), 6, HIGHER_TO_30));
        assertThrows(IllegalArgumentException.class, () -> Trend.of(months(5, 6), 1, HIGHER_TO_30));
        List<KpiValue> backwards = List.of(month(1, 5), month(0, 6));
        assertThrows(IllegalArgumentException.class, () -> Trend.of(backwards, 6, HIGHER_TO_30));
    }

    private static Forecast.Outcome outcome(List<KpiValue> values) {
        return Trend.of(values, values.size(), HIGHER_TO_30).orElseThrow().forecast().outcome();
    }

    private static String reachedIn(String label) {
        return "REACHED_IN " + label;
    }

    private static String label(Forecast forecast) {
        return forecast.outcome() + forecast.period().map(p -> " " + p.label()).orElse("")
                + (forecast.stableAround().isPresent() ? " " + Math.round(forecast.stableAround().getAsDouble() * 100)
                / 100.0 : "");
    }

    static List<KpiValue> months(double... values) {
        List<KpiValue> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(month(i, values[i]));
        }
        return series;
    }

    private static KpiValue month(int offset, double value) {
        return new KpiValue(JANUARY.plus(offset), value, 1);
    }
}
