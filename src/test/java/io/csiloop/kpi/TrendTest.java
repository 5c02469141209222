package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void movingAwayOrStandingStillIsNotAtThisRate() {
        assertEquals(Forecast.Outcome.NOT_AT_THIS_RATE, outcome(months(20, 18, 16)));
        assertEquals(Forecast.Outcome.NOT_AT_THIS_RATE, outcome(months(20, 20, 20)));
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
        // The fit crosses 30 before March, but March's value (20) has not: so April at the earliest.
        Trend trend = Trend.of(months(10, 50, 20), 3, HIGHER_TO_30).orElseThrow();
        assertTrue(trend.slopePerPeriod() > 0);
        assertEquals(reachedIn("2026-04"), label(trend.forecast()));
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
        return forecast.outcome() + forecast.period().map(p -> " " + p.label()).orElse("");
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
