package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.DefinitionDraft;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class TrendProperties {

    /** The slope against the textbook sums formula (n Σxy - Σx Σy) / (n Σx² - (Σx)²). */
    @Property
    void theSlopeIsTheLeastSquaresSlope(
            @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = -1e4, max = 1e4) Double> values) {
        int n = values.size();
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (int x = 0; x < n; x++) {
            double y = values.get(x);
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += (double) x * x;
        }
        double expected = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double[] ys = values.stream().mapToDouble(Double::doubleValue).toArray();
        Trend trend = Trend.of(TrendTest.months(ys), n, DefinitionDraft.higherIsBetter(1e9, 0).build()).orElseThrow();
        assertEquals(expected, trend.slopePerPeriod(), 1e-9 * (1 + Math.abs(expected)) * n);
    }
}
