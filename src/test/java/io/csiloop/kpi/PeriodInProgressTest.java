package io.csiloop.kpi;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The period still open at the reading's moment is in progress: a KPI is judged on its last complete period
 * (spc.md, "Periods that are not over yet"), and the open one is kept apart for the charts to draw as such.
 */
class PeriodInProgressTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Period JANUARY_2026 = new Period(PeriodUnit.MONTH, LocalDate.parse("2026-01-01"), BERLIN);
    private static final Period NOVEMBER = JANUARY_2026.plus(10);
    private static final Period DECEMBER = JANUARY_2026.plus(11);
    /** CSAT: higher is better, target 85 %, tolerance 2. */
    private static final MeasurementDefinition CSAT = DefinitionDraft.higherIsBetter(85, 2).build();
    /** 5 December 2026, noon in Berlin: December is 5 samples in. */
    private static final Instant DECEMBER_5 = Instant.parse("2026-12-05T11:00:00Z");

    /** The CSAT: November complete and below target, December partial and above it. */
    private static List<KpiValue> csat() {
        List<KpiValue> values = new ArrayList<>();
        double[] complete = {80, 81, 79, 82, 80, 81, 80, 79, 81, 80, 78};
        IntStream.range(0, complete.length).forEach(m -> values.add(new KpiValue(JANUARY_2026.plus(m), complete[m],
                40)));
        values.add(new KpiValue(DECEMBER, 90, 5));
        return values;
    }

    @Test
    void theStatusReadsTheLastCompletePeriodNotTheOneInProgress() {
        KpiReading reading = KpiReading.at(CSAT, csat(), DECEMBER_5);

        assertAll(() -> assertEquals(KpiStatus.OFF_TARGET, reading.status()),
                () -> assertEquals(NOVEMBER, reading.latest().orElseThrow().period()),
                () -> assertEquals(7, reading.gap().orElseThrow().absolute(), 1e-12),
                () -> assertEquals(DECEMBER, reading.inProgress().orElseThrow().period()),
                () -> assertEquals(90, reading.inProgress().orElseThrow().value()),
                () -> assertEquals(NOVEMBER, reading.trend().orElseThrow().last()),
                () -> assertEquals(NOVEMBER, reading.values().get(reading.values().size() - 1).period()));
    }

    @Test
    void theOpenPeriodsValueMovesNeitherLimitsNorSignalsNorTrend() {
        List<KpiValue> calm = csat();
        List<KpiValue> wild = new ArrayList<>(calm.subList(0, calm.size() - 1));
        wild.add(new KpiValue(DECEMBER, 1_000, 5));
        KpiReading withoutDecember = KpiReading.of(CSAT, calm.subList(0, calm.size() - 1));

        KpiReading calmReading = KpiReading.at(CSAT, calm, DECEMBER_5);
        KpiReading wildReading = KpiReading.at(CSAT, wild, DECEMBER_5);

        assertAll(() -> assertEquals(withoutDecember.chart().orElseThrow().limits(),
                        wildReading.chart().orElseThrow().limits()),
                () -> assertEquals(calmReading.chart().orElseThrow().limits(),
                        wildReading.chart().orElseThrow().limits()),
                () -> assertEquals(withoutDecember.chart().orElseThrow().signals(),
                        wildReading.chart().orElseThrow().signals()),
                () -> assertEquals(withoutDecember.trend(), wildReading.trend()),
                () -> assertEquals(withoutDecember.signalsAtLatest(), wildReading.signalsAtLatest()));
    }

    @Test
    void theScheduledReadingOfAClosedPeriodIsTheReadingAtItsEnd() {
        List<KpiValue> closed = csat().subList(0, 11);

        KpiReading scheduled = KpiReading.of(CSAT, closed);
        KpiReading atNovembersEnd = KpiReading.at(CSAT, closed, NOVEMBER.end());

        assertAll(() -> assertTrue(atNovembersEnd.inProgress().isEmpty()),
                () -> assertEquals(scheduled.status(), atNovembersEnd.status()),
                () -> assertEquals(scheduled.values(), atNovembersEnd.values()),
                () -> assertEquals(scheduled.trend(), atNovembersEnd.trend()));
    }

    @Test
    void aSeriesWithOnlyTheOpenPeriodHasNoStatusYet() {
        KpiReading reading = KpiReading.at(CSAT, List.of(new KpiValue(DECEMBER, 90, 5)), DECEMBER_5);

        assertAll(() -> assertEquals(KpiStatus.NO_DATA, reading.status()),
                () -> assertTrue(reading.latest().isEmpty()),
                () -> assertTrue(reading.gap().isEmpty()),
                () -> assertTrue(reading.trend().isEmpty()),
                () -> assertTrue(reading.chart().isEmpty()),
                () -> assertEquals(90, reading.inProgress().orElseThrow().value()));
    }

    @Test
    void refusesValuesBeyondThePeriodInProgress() {
        List<KpiValue> values = List.of(new KpiValue(DECEMBER, 90, 5), new KpiValue(DECEMBER.next(), 91, 1));

        assertThrows(IllegalArgumentException.class, () -> KpiReading.at(CSAT, values, DECEMBER_5));
    }
}
