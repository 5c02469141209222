package io.csiloop.kpi;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The verdict at the change does not depend on which way up the measure is written. */
class ChangeVerdictProperties {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final Instant NOW = Instant.parse("2030-01-15T00:00:00Z");

    /**
     * Negating every period value, the baseline number and the target and flipping the direction (higher is better
     * and lower is better) gives the same verdict, p-value, second opinion and count of better periods, and the
     * shift and its interval mirrored. With no before periods the (negated) baseline number stands in.
     */
    @Property
    void isSymmetricUnderNegationAndAFlippedDirection(
            @ForAll @Size(max = 20) List<@IntRange(min = -500, max = 500) Integer> before,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = -500, max = 500) Integer> after,
            @ForAll @IntRange(min = -500, max = 500) int baseline, @ForAll @IntRange(min = 1, max = 500) int spread) {
        MeasurementDefinition higher = DefinitionDraft.higherIsBetter(80, 5).baseline((double) baseline).build();
        MeasurementDefinition lower = DefinitionDraft.lowerIsBetter(-80, 5).baseline((double) -baseline).build();
        ChangeVerdict upright = verdict(higher, before, after, spread, 1);
        ChangeVerdict mirrored = verdict(lower, before, after, spread, -1);

        assertEquals(upright.verdict(), mirrored.verdict());
        assertEquals(upright.baselineNumberUsed(), mirrored.baselineNumberUsed());
        assertEquals(upright.improvingShift(), mirrored.improvingShift());
        assertEquals(upright.betterThanOldMean(), mirrored.betterThanOldMean());
        BeforeAfter up = upright.comparison().orElseThrow();
        BeforeAfter down = mirrored.comparison().orElseThrow();
        assertEquals(up.test().pValue(), down.test().pValue(), 1e-12);
        assertEquals(up.test().method(), down.test().method());
        ShiftEstimate upShift = up.shiftEstimate().orElseThrow();
        ShiftEstimate downShift = down.shiftEstimate().orElseThrow();
        assertEquals(-upShift.estimate(), downShift.estimate(), 1e-9);
        assertEquals(-upShift.upper(), downShift.lower(), 1e-9);
        assertEquals(-upShift.lower(), downShift.upper(), 1e-9);
    }

    /** Monthly values: the before periods, the go-live's month (a value the verdict must not read), the after ones. */
    private static ChangeVerdict verdict(MeasurementDefinition definition, List<Integer> before, List<Integer> after,
            int spread, int sign) {
        List<KpiValue> values = new ArrayList<>();
        LocalDate month = FIRST;
        for (int v : before) {
            values.add(ChangeVerdictTest.month(month, sign * (double) (v % spread)));
            month = month.plusMonths(1);
        }
        Instant goLive = month.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant();
        values.add(ChangeVerdictTest.month(month, sign * 1000.0));
        for (int v : after) {
            month = month.plusMonths(1);
            values.add(ChangeVerdictTest.month(month, sign * (double) (v % spread)));
        }
        return ChangeVerdict.ofCycle(definition, values,
                new ProcessChanges(List.of(new GoLive("SVC-3", 1, goLive, true)), List.of()), 1, NOW, ZoneOffset.UTC);
    }
}
