package io.csiloop.view;

import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.StreamedAggregates;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A KPI row says what the measure's KPI reading says now: the latest period against the target, its recent values. */
class KpiTableTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final long ISSUE = 10_001L;
    private static final long PROJECT = 1L;
    private static final MeasurementDefinition MTTR = new MeasurementDefinition("MTTR", "Time to resolve", null,
            "hours", Direction.LOWER_IS_BETTER, 8.0, null, 1.0, null, Aggregation.AVERAGE, PeriodUnit.MONTH,
            MeasurementSource.MANUAL, null, null);
    private static final StoredDefinition STORED = new StoredDefinition(7, PROJECT, new Ownership(ISSUE, "admin"), MTTR,
            1, NOW, NOW);

    private final MeasurementDefinitions definitions = mock(MeasurementDefinitions.class);
    private final StreamedAggregates points = new StreamedAggregates();
    private final KpiTable table = new KpiTable(new KpiReadings(definitions, points, Clock.fixed(NOW, ZoneOffset.UTC),
            new ReportingZone(ZONE), (measures, moment) -> Map.of()));

    @Test
    void shouldRateTheLatestPeriodAgainstTheTargetAndDrawTheRecentOnes() {
        when(definitions.ofImprovement(ISSUE)).thenReturn(List.of(STORED));
        record("2026-09-05", 11).record("2026-09-20", 13).record("2026-10-02", 8.5); // November is in progress

        KpiRow row = table.ofImprovement(ISSUE, Texts.ENGLISH).get(0);

        assertEquals("8.5 hours", row.latest());
        assertEquals("2026-10", row.period());
        assertEquals("≤ 8 hours", row.target());
        assertEquals("Near target", row.statusLabel());
        assertEquals("moved", row.statusStyle());
        assertEquals("0.0,2.0 100.0,22.0", row.sparkline(), "the higher value higher up (SVG y grows downwards)");
        assertEquals("12, 8.5", row.sparklineLabel());
    }

    @Test
    void shouldDrawThePeriodInProgressApartAndSayWhatTheTrendForecasts() {
        when(definitions.ofImprovement(ISSUE)).thenReturn(List.of(STORED));
        record("2026-08-05", 12).record("2026-09-05", 11).record("2026-10-02", 8.5).record("2026-11-20", 10);

        KpiRow row = table.ofImprovement(ISSUE, Texts.ENGLISH).get(0);

        assertEquals("0.0,2.0 32.7,7.7 65.3,22.0", row.sparkline(), "the complete months, on the open one's scale");
        assertEquals("M65.3,22.0 L98.0,13.4", row.sparklineOpenLine(), "dashed from October to November");
        assertEquals("98.0", row.sparklineOpenX());
        assertEquals("13.4", row.sparklineOpenY());
        assertEquals("12, 11, 8.5, then 10 hours so far in 2026-11 (in progress)", row.sparklineLabel());
        assertEquals("Stable around 10.5 hours: no real trend; at this level the target is not met.",
                row.forecast(), "three months falling is not yet a trend (p = 0.15)");
    }

    @Test
    void shouldSayNoDataAndDrawNothingWithoutValues() {
        when(definitions.ofProject(PROJECT)).thenReturn(List.of(STORED));

        KpiRow row = table.ofProject(PROJECT, Texts.ENGLISH).get(0);

        assertEquals("", row.latest());
        assertEquals("No data", row.statusLabel());
        assertEquals("", row.statusStyle());
        assertEquals("", row.sparkline());
    }

    @Test
    void shouldDrawTheTwelvePeriodsTheTrendIsFittedToEndingWithTheLatestValue() {
        when(definitions.ofProject(PROJECT)).thenReturn(List.of(STORED));
        LocalDate august2025 = LocalDate.parse("2025-08-10");
        IntStream.range(0, 14).forEach(m -> record(august2025.plusMonths(m).toString(), m + 1));

        KpiRow row = table.ofProject(PROJECT, Texts.ENGLISH).get(0);

        assertEquals("2026-09", row.period(), "nothing recorded in October or November yet");
        assertEquals(IntStream.rangeClosed(3, 14).mapToObj(Integer::toString).collect(Collectors.joining(", ")),
                row.sparklineLabel(), "October 2025 to September 2026, not the twelve months up to November");
    }

    private KpiTableTest record(String day, double value) {
        points.add(STORED.id(), LocalDate.parse(day).atTime(12, 0).atZone(ZONE).toInstant(), value);
        return this;
    }
}
