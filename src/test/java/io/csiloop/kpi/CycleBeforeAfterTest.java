package io.csiloop.kpi;

import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.StoredDataPoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The before/after comparison of an improvement cycle, which the gate of step 7 and the pack share. */
class CycleBeforeAfterTest {

    /** Higher is better, target 80, baseline 60. */
    private static final MeasurementDefinition FCR = DefinitionDraft.higherIsBetter(80, 5).build();

    @Test
    void comparesTheCycleWithTheCyclesBeforeIt() {
        List<StoredDataPoint> points = IntStream.range(0, 30)
                .mapToObj(i -> point(i, i < 10 ? 1 : i < 20 ? 2 : 3, i < 20 ? 60 + i % 3 : 75 + i % 3)).toList();

        BeforeAfter third = CycleBeforeAfter.of(FCR, points, 3).orElseThrow();

        assertEquals(BeforeAfter.compare(IntStream.range(0, 20).mapToDouble(i -> 60 + i % 3).toArray(),
                IntStream.range(20, 30).mapToDouble(i -> 75 + i % 3).toArray(), FCR), third);
        assertEquals(Verdict.IMPROVED, third.verdict());
        assertEquals(Verdict.NO_DETECTABLE_CHANGE, CycleBeforeAfter.of(FCR, points, 2).orElseThrow().verdict());
    }

    @Test
    void comparesTheFirstCycleWithTheBaselineAndNeedsDataOnBothSides() {
        List<StoredDataPoint> first = List.of(point(0, 1, 70), point(1, 1, 72));

        assertEquals(60.0, CycleBeforeAfter.of(FCR, first, 1).orElseThrow().meanBefore(), 1e-12);
        assertEquals(Optional.empty(), CycleBeforeAfter.of(FCR, first, 2), "nothing recorded in cycle 2 yet");
        assertEquals(Optional.empty(), CycleBeforeAfter.of(DefinitionDraft.higherIsBetter(80, 5).baseline(null).build(),
                first, 1), "no baseline to compare the first cycle with");
    }

    private static StoredDataPoint point(int i, int cycle, double value) {
        return new StoredDataPoint(i, 1, new DataPoint(Instant.EPOCH.plusSeconds(86_400L * i), value), null,
                new Provenance(MeasurementSource.MANUAL, "alice", cycle), Instant.EPOCH);
    }
}
