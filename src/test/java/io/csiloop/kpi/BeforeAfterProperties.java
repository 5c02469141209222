package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The verdict does not depend on which way up the measure is written. */
class BeforeAfterProperties {

    private static final MeasurementDefinition HIGHER = DefinitionDraft.higherIsBetter(80, 5).build();
    private static final MeasurementDefinition LOWER = DefinitionDraft.lowerIsBetter(40, 5).build();

    /**
     * Negating every value and flipping the direction gives the same verdict, p-value and method, and the shift,
     * its estimate and interval mirrored. Values from a wide range often have no ties (the exact test), from a
     * narrow one often do (the approximation).
     */
    @Property
    void isSymmetricUnderNegationAndAFlippedDirection(
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = -500, max = 500) Integer> before,
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = -500, max = 500) Integer> after,
            @ForAll @IntRange(min = 1, max = 500) int spread) {
        double[] b = before.stream().mapToDouble(v -> (double) (v % spread)).toArray();
        double[] a = after.stream().mapToDouble(v -> (double) (v % spread)).toArray();
        BeforeAfter upright = BeforeAfter.compare(b, a, HIGHER);
        BeforeAfter mirrored = BeforeAfter.compare(negated(b), negated(a), LOWER);

        assertEquals(upright.verdict(), mirrored.verdict());
        assertEquals(upright.test().method(), mirrored.test().method());
        assertEquals(upright.test().pValue(), mirrored.test().pValue(), 1e-12);
        assertEquals(-upright.shift(), mirrored.shift(), 1e-9);
        ShiftEstimate up = upright.shiftEstimate().orElseThrow();
        ShiftEstimate down = mirrored.shiftEstimate().orElseThrow();
        assertEquals(-up.estimate(), down.estimate(), 1e-9);
        assertEquals(-up.upper(), down.lower(), 1e-9);
        assertEquals(-up.lower(), down.upper(), 1e-9);
        assertEquals(up.confidenceLevel(), down.confidenceLevel(), 1e-12);
    }

    private static double[] negated(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }
}
