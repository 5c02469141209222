package io.csiloop.preview;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.MeasureReading;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.Forecast;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.Phase;
import io.csiloop.kpi.PhasedChart;
import io.csiloop.kpi.ShiftEstimate;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.SignalMeaning;
import io.csiloop.kpi.Trend;
import io.csiloop.kpi.VariationIcon;
import io.csiloop.kpi.Verdict;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.view.KpiRow;
import io.csiloop.view.KpiTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
/**
 * The demo tells the truth a CSI manager would show: SVC-3's FCR rose from about 62 % to about 78 % at its go-live
 * and is judged Improved with its shift and interval (it used to say "No detectable change": the before sample was the
 * definition's single baseline number); its chart has two phases, each with limits of its own (they used to be drawn
 * across the change, which made every point a signal); CSAT's steady rise reads as improvement, never as concern.
 * And MTTR-P2 (SVC-2), a stable process at about 10.9 hours a week, is "stable around" its mean: its least-squares
 * line over the last 12 weeks points at the 8-hour target and the panel used to promise a date, but the slope is not
 * significant and no seven weeks rise or fall in a row.
 */
class DemoShowcaseTest {

    @RegisterExtension
    static final SeededDemo demo = new SeededDemo();

    @Test
    void svc3IsImprovedWithItsShiftAndInterval() {
        MeasureReading fcr = demo.get(KpiReadings.class).ofImprovement(10_003L).get(0);
        ChangeVerdict verdict = demo.get(ChangeVerdicts.class).of(fcr.definition(), 1);
        ShiftEstimate shift = verdict.comparison().orElseThrow().shiftEstimate().orElseThrow();

        assertAll(() -> assertEquals("FCR", fcr.definition().definition().key()),
                () -> assertEquals(java.util.Optional.of(Verdict.IMPROVED), verdict.verdict(), verdict.toString()),
                () -> assertFalse(verdict.baselineNumberUsed(), "periods precede the change"),
                () -> assertEquals(16, shift.estimate(), 3, "about 62 % to about 78 %"),
                () -> assertTrue(shift.lower() > 0, "the interval excludes no change: " + shift),
                () -> assertTrue(verdict.improvingShift(), "the chart's second opinion agrees"));
    }

    @Test
    void fcrsChartHasTwoPhasesEachWithLimitsOfItsOwn() {
        PhasedChart chart = demo.get(KpiReadings.class).ofImprovement(10_003L).get(0).reading().chart().orElseThrow();
        List<Phase> phases = chart.phases();

        assertAll(() -> assertEquals(2, phases.size(), chart.toString()),
                () -> assertTrue(phases.get(1).rebase().isPresent(), "the approved rebase begins the second"),
                () -> assertTrue(phases.get(0).limits().orElseThrow().centre() < 65, "about 62 % before"),
                () -> assertTrue(phases.get(1).limits().orElseThrow().centre() > 75, "about 78 % after"),
                () -> assertEquals(1, chart.changePoints().size(), "SVC-3's go-live is marked"));
        KpiRow row = new KpiTable(demo.get(KpiReadings.class)).ofImprovement(10_003L, PreviewI18n.standard()).get(0);
        assertAll("the panel's row says what the chart says",
                () -> assertEquals("Will consistently pass the target", row.assurance(), "the new limits lie above 75 %"),
                () -> assertEquals("Common cause variation", row.variation()),
                () -> assertEquals("Making Data Count rules", row.rules()));
    }

    @Test
    void csatsRiseReadsAsImprovement() {
        KpiReading csat = demo.get(KpiReadings.class).ofProject(DemoDirectory.SERVICE_OPERATIONS.id()).stream()
                .filter(r -> r.definition().definition().key().equals("CSAT")).findFirst().orElseThrow().reading();
        PhasedChart chart = csat.chart().orElseThrow();

        // Every signal above the centre is an improvement for a measure where higher is better (the first month, low
        // before the rise, is rightly a concern), and the latest point says so.
        assertAll(() -> assertTrue(chart.signals().stream().anyMatch(s -> s.side() == Signal.Side.HIGH),
                        "the rise is a signal"),
                () -> assertTrue(chart.signals().stream().filter(s -> s.side() == Signal.Side.HIGH)
                        .allMatch(s -> chart.meaning(s) == SignalMeaning.IMPROVEMENT), chart.signals().toString()),
                () -> assertEquals(java.util.Optional.of(VariationIcon.IMPROVEMENT_HIGH), chart.variation()));
    }

    @Test
    void mttrP2IsStableAroundItsMeanWithoutAForecastDate() {
        KpiReading reading = demo.get(KpiReadings.class).ofImprovement(10_002L).get(0).reading();
        Trend trend = reading.trend().orElseThrow();
        KpiRow row = new KpiTable(demo.get(KpiReadings.class)).ofImprovement(10_002L, PreviewI18n.standard()).get(0);
        assertAll(
                () -> assertEquals("MTTR-P2", row.key()),
                () -> assertTrue(trend.slopePerPeriod() < 0, "the line points at the target"),
                () -> assertTrue(trend.slopePValue().getAsDouble() >= Trend.ALPHA, "p = " + trend.slopePValue()),
                () -> assertFalse(trend.realTrend()),
                () -> assertEquals(Forecast.Outcome.STABLE_AROUND, trend.forecast().outcome()),
                () -> assertTrue(trend.forecast().period().isEmpty(), "no date"),
                () -> assertTrue(row.forecast().matches("Stable around 1[01](\\.\\d+)? hours: no real trend; at this "
                        + "level the target is not met\\."), row.forecast()));
    }
}
