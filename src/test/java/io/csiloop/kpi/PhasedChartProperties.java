package io.csiloop.kpi;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Properties of the phased chart: a phase's limits are its own, and a rebase is never suggested without a change. */
class PhasedChartProperties {

    private static final MeasurementDefinition HIGHER = DefinitionDraft.higherIsBetter(80, 5).build();

    @Property
    void theLimitsOfAPhaseDoNotChangeWhenLaterPhasesValuesChange(
            @ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = -1e4, max = 1e4) Double> phase,
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e4, max = 1e4) Double> later,
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e4, max = 1e4) Double> otherLater,
            @ForAll @IntRange(min = 12, max = 20) int baseline) {
        Rebase rebase = PhasedChartTest.rebaseAt(PhasedChartTest.JANUARY_2024.plus(phase.size()).start());
        ProcessChanges changes = new ProcessChanges(List.of(), List.of(rebase));

        PhasedChart one = PhasedChart.of(series(phase, later), 0, changes, HIGHER, baseline);
        PhasedChart other = PhasedChart.of(series(phase, otherLater), 0, changes, HIGHER, baseline);

        assertEquals(one.phases().get(0).limits(), other.phases().get(0).limits());
    }

    @Property
    void aSeriesWithoutAGoLiveNeverSuggestsARebase(
            @ForAll @Size(min = 0, max = 60) List<@DoubleRange(min = -1e4, max = 1e4) Double> values,
            @ForAll @IntRange(min = 0, max = 60) int rebaseMonth) {
        Rebase rebase = PhasedChartTest.rebaseAt(PhasedChartTest.JANUARY_2024.plus(rebaseMonth).start());
        PhasedChart chart = PhasedChart.of(series(values, List.of()), 0,
                new ProcessChanges(List.of(), List.of(rebase)), HIGHER, 12);

        assertEquals(List.of(), chart.rebaseSuggestions());
    }

    private static List<KpiValue> series(List<Double> first, List<Double> then) {
        List<Double> all = new ArrayList<>(first);
        all.addAll(then);
        return PhasedChartTest.months(all.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
