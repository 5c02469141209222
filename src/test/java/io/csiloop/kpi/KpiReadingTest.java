package io.csiloop.kpi;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one KPI reading: latest value, status, gap, trend and chart of a measure, with one window for each. */
class KpiReadingTest {

    private static final Period JANUARY_2024 = new Period(PeriodUnit.MONTH, LocalDate.parse("2024-01-01"),
            ZoneId.of("Europe/Berlin"));
    /** Higher is better, target 80, tolerance 5, baseline 60. */
    private static final MeasurementDefinition FCR = DefinitionDraft.higherIsBetter(80, 5).build();

    @Test
    void fitsTheTrendToTheLastTwelvePeriodsAndDrawsTheChartOfTheLastTwentyFour() {
        // 30 months: 18 at 50, then 12 rising by 2 from 56 to 78.
        double[] series = IntStream.range(0, 30).mapToDouble(m -> m < 18 ? 50 : 56 + 2 * (m - 18)).toArray();
        KpiReading reading = KpiReading.of(FCR, months(series));

        // No rebase: one phase since the series began, its limits those of its first 12 periods (before the window).
        double[] baseline = Arrays.copyOfRange(series, 0, 12);
        assertAll(() -> assertEquals(24, reading.values().size()),
                () -> assertEquals(JANUARY_2024.plus(6), reading.values().get(0).period()),
                () -> assertEquals(12, reading.trendValues().size()),
                () -> assertEquals(JANUARY_2024.plus(18), reading.trendValues().get(0).period()),
                () -> assertEquals(78, reading.latest().orElseThrow().value()),
                () -> assertEquals(KpiStatus.NEAR_TARGET, reading.status()),
                () -> assertEquals(2, reading.gap().orElseThrow().absolute(), 1e-12),
                () -> assertEquals(0.9, reading.progress().orElseThrow(), 1e-12),
                () -> assertEquals(2, reading.trend().orElseThrow().slopePerPeriod(), 1e-12),
                () -> assertEquals(12, reading.trend().orElseThrow().valueCount()),
                () -> assertEquals(XmrLimits.of(baseline), reading.chart().orElseThrow().limits().orElseThrow()));
    }

    @Test
    void fitsTheTrendOnlyToThePeriodsAfterTheLatestChangeNotAcrossItsStep() {
        // Four months near 60, then from the go-live (1 May 2024, in the month's first instant) eight months near 78:
        // a step, flat on both sides. Across the step a straight line climbs and forecasts the target; after it,
        // the process is stable around its new level.
        double[] series = {60, 61, 59, 60, 78, 79, 77, 78, 79, 78, 77, 78};
        GoLive goLive = new GoLive("SVC-3", 1, JANUARY_2024.plus(4).start(), true);

        Trend across = KpiReading.of(FCR, months(series)).trend().orElseThrow();
        Trend after = KpiReading.of(FCR, months(series), new ProcessChanges(List.of(goLive), List.of())).trend()
                .orElseThrow();

        assertAll(() -> assertTrue(across.realTrend(), "the step read as a trend without the change"),
                () -> assertEquals(12, across.valueCount()),
                () -> assertEquals(8, after.valueCount(), "May to December"),
                () -> assertEquals(JANUARY_2024.plus(4), after.first()),
                () -> assertTrue(!after.realTrend(), "flat after the change"));
    }

    @Test
    void countsTheWindowsInPeriodsEndingWithTheLatestValueAndSkipsPeriodsWithoutOne() {
        List<KpiValue> values = new ArrayList<>(months(10, 11, 12, 13, 14, 15)); // January to June 2024
        for (int m = 20; m <= 25; m++) {
            values.add(new KpiValue(JANUARY_2024.plus(m), 2 * m, 1)); // September 2025 to February 2026
        }

        KpiReading reading = KpiReading.of(FCR, values);

        assertAll(() -> assertEquals(List.of(12.0, 13.0, 14.0, 15.0, 40.0, 42.0, 44.0, 46.0, 48.0, 50.0),
                        reading.values().stream().map(KpiValue::value).toList(), "March 2024 to February 2026"),
                () -> assertEquals(6, reading.trendValues().size(), "March 2025 to February 2026 has six"),
                () -> assertEquals(2, reading.trend().orElseThrow().slopePerPeriod(), 1e-12),
                () -> assertEquals(JANUARY_2024.plus(2), KpiReading.firstPeriodRead(JANUARY_2024.plus(25))));
    }

    @Test
    void valuesBeforeThePhaseTheWindowBeginsInChangeNothing() {
        double[] series = IntStream.range(0, 40).mapToDouble(m -> 70 + (m * 7) % 5).toArray();
        Instant rebased = JANUARY_2024.plus(10).start();
        ProcessChanges changes = new ProcessChanges(List.of(), List.of(new Rebase(rebased, "new triage", "alice",
                rebased)));
        KpiReading all = KpiReading.of(FCR, months(series), changes);
        KpiReading needed = KpiReading.of(FCR, months(series).subList(10, 40), changes);

        assertEquals(needed.values(), all.values());
        assertEquals(needed.trend(), all.trend());
        assertEquals(needed.chart(), all.chart());
        assertEquals(java.util.Optional.of(JANUARY_2024.plus(10)), KpiReading.firstPeriodRead(JANUARY_2024.plus(39),
                changes));
    }

    @Test
    void readsEachPhaseShownAgainstTheLimitsOfItsFirstTwelvePeriodsEvenBeforeTheWindow() {
        // 16 calm months, a rebase at month 16, 30 months of a new level: the window (the last 24) lies in the
        // second phase, whose first 12 periods (months 16 to 27) are partly before the window (months 22 to 45).
        double[] series = IntStream.range(0, 46).mapToDouble(m -> m < 16 ? 60 + m % 3 : 75 + (m * 7) % 4)
                .toArray();
        Instant rebased = JANUARY_2024.plus(16).start();
        ProcessChanges changes = new ProcessChanges(List.of(), List.of(new Rebase(rebased, "new triage", "alice",
                rebased)));
        KpiReading reading = KpiReading.of(FCR, months(series), changes);

        PhasedChart chart = reading.chart().orElseThrow();
        assertAll(() -> assertEquals(24, chart.values().size()),
                () -> assertEquals(1, chart.phases().size()),
                () -> assertEquals(JANUARY_2024.plus(16), chart.phases().get(0).firstPeriod()),
                () -> assertEquals(XmrLimits.of(Arrays.copyOfRange(series, 16, 28)), chart.limits().orElseThrow()),
                () -> assertEquals(JANUARY_2024.plus(22), reading.values().get(0).period()));
    }

    @Test
    void readsNoDataWithoutValuesAndNeitherTrendNorChartWithOne() {
        KpiReading none = KpiReading.of(FCR, List.of());
        KpiReading one = KpiReading.of(FCR, months(82));

        assertAll(() -> assertEquals(KpiStatus.NO_DATA, none.status()),
                () -> assertTrue(none.latest().isEmpty() && none.gap().isEmpty() && none.progress().isEmpty()),
                () -> assertTrue(none.trend().isEmpty() && none.chart().isEmpty() && none.signalsAtLatest().isEmpty()),
                () -> assertEquals(KpiStatus.ON_TARGET, one.status()),
                () -> assertEquals(-2, one.gap().orElseThrow().absolute(), 1e-12),
                () -> assertTrue(one.trend().isEmpty() && one.chart().isEmpty()));
    }

    @Test
    void namesOnlyTheSignalsThatIncludeTheLatestValue() {
        KpiReading jumpNow = KpiReading.of(FCR, months(80, 81, 79, 80, 82, 80, 79, 81, 80, 40));
        KpiReading jumpBefore = KpiReading.of(FCR, months(80, 81, 79, 80, 82, 80, 79, 81, 40, 80, 81, 80));

        assertTrue(jumpNow.rulesAtLatest().contains(SignalRule.BEYOND_LIMIT), jumpNow.rulesAtLatest().toString());
        assertTrue(jumpNow.signalsAtLatest().stream().allMatch(s -> s.points().contains(9)));
        assertEquals(Set.of(), jumpBefore.rulesAtLatest());
        assertTrue(!jumpBefore.chart().orElseThrow().signals().isEmpty(), "the chart still shows the old jump");
    }

    @Test
    void refusesValuesOutOfPeriodOrder() {
        List<KpiValue> reversed = new ArrayList<>(months(1, 2));
        java.util.Collections.reverse(reversed);
        List<KpiValue> twice = List.of(months(1).get(0), months(2).get(0));

        assertThrows(IllegalArgumentException.class, () -> KpiReading.of(FCR, reversed));
        assertThrows(IllegalArgumentException.class, () -> KpiReading.of(FCR, twice));
    }

    @Test
    void aSnapshotKeepsTheReadingsLatestPeriodStatusGapSlopeAndRules() {
        StoredDefinition stored = new StoredDefinition(3, 1L, new Ownership(null, "admin"), FCR, 2, Instant.EPOCH,
                Instant.EPOCH);
        KpiReading reading = KpiReading.of(FCR, months(80, 81, 79, 80, 82, 80, 79, 81, 80, 40));

        KpiSnapshot snapshot = KpiSnapshot.of(stored, reading, SnapshotTrigger.MANUAL, Instant.EPOCH, 1);
        KpiSnapshot empty = KpiSnapshot.noData(stored, JANUARY_2024, SnapshotTrigger.SCHEDULE, Instant.EPOCH, 1);

        assertAll(() -> assertEquals("2024-10", snapshot.period().label()),
                () -> assertEquals(40.0, snapshot.value()),
                () -> assertEquals(reading.status(), snapshot.status()),
                () -> assertEquals(40.0, snapshot.gap()),
                () -> assertEquals(reading.trend().orElseThrow().slopePerPeriod(), snapshot.trendSlope()),
                () -> assertEquals(reading.rulesAtLatest(), snapshot.signals()),
                () -> assertEquals(2, snapshot.definitionVersion()),
                () -> assertEquals(KpiStatus.NO_DATA, empty.status()),
                () -> assertEquals("2024-01", empty.period().label()));
        assertThrows(IllegalArgumentException.class,
                () -> KpiSnapshot.of(stored, KpiReading.of(FCR, List.of()), SnapshotTrigger.MANUAL, Instant.EPOCH, 1));
    }

    /** Consecutive monthly values from January 2024. */
    private static List<KpiValue> months(double... values) {
        return IntStream.range(0, values.length).mapToObj(i -> new KpiValue(JANUARY_2024.plus(i), values[i], 1))
                .toList();
    }
}
