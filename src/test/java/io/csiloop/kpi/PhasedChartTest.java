package io.csiloop.kpi;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phases of the control chart: split at approved rebases, frozen and trial limits, and rebase suggestions. */
class PhasedChartTest {

    static final Period JANUARY_2024 = new Period(PeriodUnit.MONTH, LocalDate.parse("2024-01-01"), ZoneOffset.UTC);
    private static final MeasurementDefinition HIGHER = DefinitionDraft.higherIsBetter(80, 5).build();
    private static final MeasurementDefinition LOWER = DefinitionDraft.lowerIsBetter(5, 1).build();
    /** A calm process around 60 (mR about 2). */
    private static final double[] CALM = {60, 62, 59, 61, 60, 58, 61, 62, 59, 60, 61, 59, 60, 62, 58, 61};

    static List<KpiValue> months(double... values) {
        List<KpiValue> months = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            months.add(new KpiValue(JANUARY_2024.plus(i), values[i], 1));
        }
        return months;
    }

    static Rebase rebaseAt(Instant at) {
        return new Rebase(at, "new triage in place", "alice", at.plusSeconds(86_400 * 40L));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void splitsAtARebaseWithTheFirstPeriodStartingAtOrAfterIt() {
        double[] series = concat(CALM, new double[] {80, 82, 79, 81, 80});
        // Mid-May 2025 (index 16 is May 2025): May stays in the old phase, the new one begins with June.
        Instant midMay = JANUARY_2024.plus(16).start().plusSeconds(86_400 * 14L);
        List<KpiValue> values = months(concat(series, new double[] {81}));
        PhasedChart chart = PhasedChart.of(values, 0, new ProcessChanges(List.of(), List.of(rebaseAt(midMay))),
                HIGHER, 12);

        assertAll(() -> assertEquals(2, chart.phases().size()),
                () -> assertEquals(0, chart.phases().get(0).from()),
                () -> assertEquals(17, chart.phases().get(0).to()),
                () -> assertEquals(JANUARY_2024.plus(17), chart.phases().get(1).firstPeriod()),
                () -> assertEquals(Optional.of(rebaseAt(midMay)), chart.phases().get(1).rebase()),
                () -> assertEquals(Optional.empty(), chart.phases().get(0).rebase()));
    }

    @Test
    void takesABaselineFromThePeriodsBeforeTheFirstGoLiveNeverAcrossIt() {
        // FCR in the demo: six months at 62, the change in mid-July, six months at 78. Limits drawn across the change
        // made every point a signal; the baseline is the six months before the go-live's month, trial limits.
        double[] series = concat(new double[] {61, 63, 62, 60, 64, 62}, new double[] {70, 78, 79, 77, 78, 80, 78});
        GoLive goLive = new GoLive("SVC-3", 1, JANUARY_2024.plus(6).start().plusSeconds(86_400 * 14L), true);
        PhasedChart chart = PhasedChart.of(months(series), 0, new ProcessChanges(List.of(goLive), List.of()),
                HIGHER, 12);

        Phase only = chart.phases().get(0);
        assertAll(() -> assertEquals(XmrLimits.of(Arrays.copyOf(series, 6)), only.limits().orElseThrow()),
                () -> assertEquals(6, only.baselinePeriods()),
                () -> assertTrue(only.trial()),
                () -> assertEquals(1, chart.rebaseSuggestions().size(), "the rise after the go-live suggests a rebase"));
    }

    @Test
    void freezesAPhasesLimitsAfterItsFirstNPeriodsAndExtendsThem() {
        double[] series = concat(CALM, new double[] {70, 71, 72, 73});
        PhasedChart chart = PhasedChart.of(months(series), 0, ProcessChanges.none(), HIGHER, 12);

        Phase only = chart.phases().get(0);
        assertAll(() -> assertEquals(XmrLimits.of(Arrays.copyOf(CALM, 12)), only.limits().orElseThrow()),
                () -> assertEquals(12, only.baselinePeriods()),
                () -> assertFalse(only.trial()),
                () -> assertEquals(20, only.to()),
                () -> assertTrue(chart.signals().stream().anyMatch(s -> s.rule() == SignalRule.BEYOND_LIMIT
                        && s.points().contains(19)), "the later values are read against the frozen limits"));
    }

    @Test
    void labelsLimitsOfFewerThanTwelvePeriodsTrialAndComputesThemFromWhatThereIs() {
        Instant rebase = JANUARY_2024.plus(16).start();
        double[] after = {80, 82, 79, 81, 80};
        List<KpiValue> values = months(concat(CALM, after));
        PhasedChart chart = PhasedChart.of(values, 0, new ProcessChanges(List.of(), List.of(rebaseAt(rebase))),
                HIGHER, 12);

        Phase latest = chart.latestPhase().orElseThrow();
        assertAll(() -> assertTrue(latest.trial()),
                () -> assertEquals(5, latest.baselinePeriods()),
                () -> assertEquals(XmrLimits.of(after), latest.limits().orElseThrow()),
                () -> assertFalse(chart.phases().get(0).trial()),
                () -> assertEquals(chart.limits(), latest.limits()));
    }

    @Test
    void aPhaseOfASingleValueHasNoLimitsYet() {
        Instant rebase = JANUARY_2024.plus(16).start();
        PhasedChart chart = PhasedChart.of(months(concat(CALM, new double[] {80})), 0,
                new ProcessChanges(List.of(), List.of(rebaseAt(rebase))), HIGHER, 12);

        assertAll(() -> assertEquals(Optional.empty(), chart.limits()),
                () -> assertEquals(List.of(), chart.latestPhase().orElseThrow().signals()));
    }

    private static GoLive goLiveAt(int month) {
        return new GoLive("SVC-3", 1, JANUARY_2024.plus(month).start().plusSeconds(86_400 * 10L), true);
    }

    /** 16 calm months, the go-live in the 17th, then 8 months of a level {@code step} above the old centre. */
    private static List<KpiValue> shiftedBy(double step) {
        double[] after = IntStream.range(0, 9).mapToDouble(i -> 60 + step + (i % 2 == 0 ? 0.5 : -0.5)).toArray();
        return months(concat(CALM, after));
    }

    @Test
    void suggestsARebaseAtTheGoLiveWhenAnImprovingShiftFollowsIt() {
        GoLive goLive = goLiveAt(16);
        PhasedChart chart = PhasedChart.of(shiftedBy(5), 0, new ProcessChanges(List.of(goLive), List.of()), HIGHER,
                12);

        RebaseSuggestion suggestion = chart.rebaseSuggestions().get(0);
        assertAll(() -> assertEquals(1, chart.rebaseSuggestions().size()),
                () -> assertEquals(goLive.at(), suggestion.at()),
                () -> assertEquals("SVC-3", suggestion.goLive().issueKey()),
                () -> assertTrue(suggestion.rule().detectsShift()),
                () -> assertFalse(suggestion.shiftFrom().start().isBefore(JANUARY_2024.plus(17).start()),
                        "the go-live's own period is not read as after it"),
                () -> assertEquals(1, chart.phases().size(), "suggested, never applied"),
                () -> assertEquals(List.of(goLive), chart.changePoints()));
    }

    @Test
    void suggestsNothingForAShiftToTheWorseSide() {
        PhasedChart higher = PhasedChart.of(shiftedBy(-5), 0, new ProcessChanges(List.of(goLiveAt(16)), List.of()),
                HIGHER, 12);
        PhasedChart lower = PhasedChart.of(shiftedBy(5), 0, new ProcessChanges(List.of(goLiveAt(16)), List.of()),
                LOWER, 12);

        assertAll(() -> assertEquals(List.of(), higher.rebaseSuggestions()),
                () -> assertEquals(List.of(), lower.rebaseSuggestions()));
    }

    @Test
    void suggestsNothingWithoutAGoLiveOrOnceARebaseFollowsIt() {
        PhasedChart without = PhasedChart.of(shiftedBy(5), 0, ProcessChanges.none(), HIGHER, 12);
        PhasedChart rebased = PhasedChart.of(shiftedBy(5), 0, new ProcessChanges(List.of(goLiveAt(16)),
                List.of(rebaseAt(goLiveAt(16).at()))), HIGHER, 12);

        assertAll(() -> assertEquals(List.of(), without.rebaseSuggestions()),
                () -> assertEquals(List.of(), rebased.rebaseSuggestions()),
                () -> assertEquals(2, rebased.phases().size()));
    }

    @Test
    void withinABandAShiftTowardsTheBandIsAnImprovement() {
        MeasurementDefinition band = DefinitionDraft.withinBand(70, 80, 1).build();
        PhasedChart towards = PhasedChart.of(shiftedBy(5), 0, new ProcessChanges(List.of(goLiveAt(16)), List.of()),
                band, 12);
        PhasedChart away = PhasedChart.of(shiftedBy(-5), 0, new ProcessChanges(List.of(goLiveAt(16)), List.of()),
                band, 12);

        assertAll(() -> assertEquals(1, towards.rebaseSuggestions().size()),
                () -> assertEquals(List.of(), away.rebaseSuggestions()));
    }

    @Test
    void showsTheWindowWithLimitsFromPeriodsBeforeIt() {
        double[] series = concat(CALM, new double[] {61, 60, 59, 62});
        PhasedChart chart = PhasedChart.of(months(series), 8, ProcessChanges.none(), HIGHER, 12);

        assertAll(() -> assertEquals(12, chart.values().size()),
                () -> assertEquals(0, chart.phases().get(0).from()),
                () -> assertEquals(JANUARY_2024, chart.phases().get(0).firstPeriod()),
                () -> assertEquals(XmrLimits.of(Arrays.copyOf(CALM, 12)), chart.limits().orElseThrow()));
    }
}
