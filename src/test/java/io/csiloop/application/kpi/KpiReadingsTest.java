package io.csiloop.application.kpi;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.Rebase;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinitions;
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

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Reading the KPI of stored measures: in the reporting zone, up to the moment, with every period the reading needs. */
class KpiReadingsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final long PROJECT = 1L;

    private final MeasurementDefinitions definitions = mock(MeasurementDefinitions.class);
    private final StreamedAggregates points = new StreamedAggregates();
    private final KpiReadings readings = new KpiReadings(definitions, points, Clock.fixed(NOW, ZoneOffset.UTC),
            new ReportingZone(ZONE), KpiReadingsTest::rebased);

    /**
     * The monthly measure rebased on 2024-06-01 and the weekly one on 2026-01-05: each phase the window begins in
     * starts within the first aggregation's 48 periods, so nothing more is read. (Without a rebase the phase is the
     * one the series began with, read from its start: all of time.)
     */
    private static Map<Integer, ProcessChanges> rebased(List<StoredDefinition> measures, Instant moment) {
        return Map.of(1, rebasedAt(Instant.parse("2024-05-31T22:00:00Z")),
                2, rebasedAt(Instant.parse("2026-01-04T23:00:00Z")));
    }

    private static ProcessChanges rebasedAt(Instant at) {
        return new ProcessChanges(List.of(), List.of(new Rebase(at, "new triage", "alice", at)));
    }
    private final StoredDefinition monthly = stored(1, PeriodUnit.MONTH);
    private final StoredDefinition weekly = stored(2, PeriodUnit.WEEK);
    private final StoredDefinition quiet = stored(3, PeriodUnit.MONTH);

    @Test
    void readsEachWindowAndThePeriodUnderWayAtOnceThenOnlyWhatTheWindowsPhasesNeed() {
        when(definitions.ofProject(PROJECT)).thenReturn(List.of(monthly, weekly));
        points.add(1, at("2026-09-30T22:30:00Z"), 70).add(2, at("2026-11-20T08:00:00Z"), 80);

        List<MeasureReading> read = readings.ofProject(PROJECT);

        Instant months = Period.containing(PeriodUnit.MONTH, NOW, ZONE).plus(-KpiReading.CHART_WINDOW).start();
        Instant weeks = Period.containing(PeriodUnit.WEEK, NOW, ZONE).plus(-KpiReading.CHART_WINDOW).start();
        assertAll(() -> assertEquals(List.of(monthly, weekly), read.stream().map(MeasureReading::definition).toList()),
                () -> assertEquals("2026-10", latest(read.get(0)).period().label(), "22:30 UTC is October in Berlin"),
                () -> assertEquals("2026-W47", latest(read.get(1)).period().label()),
                () -> assertEquals(List.of(new StreamedAggregates.Asked(List.of(1), months, NOW, ZONE),
                        new StreamedAggregates.Asked(List.of(2), weeks, NOW, ZONE)), points.asked().subList(0, 2),
                        "first each one's 24 periods and the one under way (one read of ranges; this fake's default"
                                + " asks per measure)"),
                () -> assertTrue(points.asked().subList(2, points.asked().size()).stream()
                        .allMatch(a -> !a.to().isAfter(a.definitionIds().equals(List.of(1)) ? months : weeks)),
                        "then only periods before the window, for the limits of the phase it begins in: "
                                + points.asked()));
    }

    @Test
    void readsAMeasureQuietForLongerOverItsWindowAndItsFirstPhasesBaselineOnly() {
        when(definitions.ofImprovement(10L)).thenReturn(List.of(quiet));
        for (int m = 0; m < 30; m++) {
            points.add(3, LocalDate.of(2020, 1, 15).plusMonths(m).atStartOfDay(ZONE).toInstant(), m);
        }

        KpiReading reading = readings.ofImprovement(10L).get(0).reading();

        assertAll(() -> assertEquals("2022-06", reading.latest().orElseThrow().period().label()),
                () -> assertEquals(KpiReading.CHART_WINDOW, reading.values().size(), "its whole chart, from 2020-07"),
                () -> assertEquals(List.of(
                        new StreamedAggregates.Asked(List.of(3), Period.containing(PeriodUnit.MONTH, NOW, ZONE)
                                .plus(-KpiReading.CHART_WINDOW).start(), NOW, ZONE),
                        new StreamedAggregates.Asked(List.of(3), month(2020, 1), month(2020, 7), ZONE),
                        new StreamedAggregates.Asked(List.of(3), month(2020, 7), Period.containing(PeriodUnit.MONTH,
                                NOW, ZONE).plus(-KpiReading.CHART_WINDOW).start(), ZONE)), points.asked(),
                        "the recent periods, the baseline of the series' first phase up to the chart window, the "
                                + "window: never all of its history"));
    }

    @Test
    void readsUpToTheMomentInTheZoneAskedFor() {
        points.add(1, at("2026-10-31T23:30:00Z"), 70).add(1, at("2026-11-20T08:00:00Z"), 90);

        KpiReading utc = readings.of(monthly, at("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
        KpiReading reporting = readings.of(monthly, at("2026-11-01T00:00:00Z"), null);

        assertEquals("2026-10", utc.latest().orElseThrow().period().label());
        assertEquals(70, utc.latest().orElseThrow().value());
        assertEquals("2026-11", reporting.inProgress().orElseThrow().period().label(),
                "the reporting zone by default, where November has begun: in progress");
        assertEquals(List.of(70.0), readings.values(monthly, at("2026-01-01T00:00:00Z"), at("2026-11-15T00:00:00Z"),
                null).stream().map(KpiValue::value).toList());
    }

    private static Instant month(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay(ZONE).toInstant();
    }

    private static KpiValue latest(MeasureReading measure) {
        return measure.reading().latest().orElseThrow();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static StoredDefinition stored(int id, PeriodUnit unit) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = "K" + id;
        draft.period = unit;
        return new StoredDefinition(id, PROJECT, new Ownership(10L, "admin"), draft.build(), 1, NOW, NOW);
    }
}
