package io.csiloop.kpi;

import io.csiloop.measure.Aggregation;
import java.util.Arrays;

/**
 * Aggregates the values of one period at a time, in constant memory except for {@code MEDIAN} and
 * {@code P90}, which keep the current period's values in one buffer reused from period to period.
 *
 * <p>Definitions, for n values x<sub>1</sub>..x<sub>n</sub> sorted ascending as s<sub>1</sub>..s<sub>n</sub>:
 * <ul>
 *   <li>{@code COUNT} n; {@code SUM} the sum in arrival order; {@code AVERAGE} that sum / n;</li>
 *   <li>{@code MEDIAN} s<sub>(n+1)/2</sub> for odd n, the mean of s<sub>n/2</sub> and s<sub>n/2+1</sub> for even n;</li>
 *   <li>{@code P90} by nearest rank: s<sub>k</sub> with k = ⌈0.9 n⌉, the smallest value that at
 *       least 90 % of the values do not exceed, always an observed value ("90 % of tickets were
 *       resolved within p90 hours"), unlike an interpolated percentile;</li>
 *   <li>{@code LAST} the value added last (data points arrive in time order).</li>
 * </ul>
 */
final class Accumulator {

    private final Aggregation aggregation;
    private final boolean extremes;
    private double[] buffer;
    private int count;
    private double sum;
    private double min;
    private double max;
    private double last;

    Accumulator(Aggregation aggregation) {
        this.aggregation = aggregation;
        this.extremes = aggregation == Aggregation.MIN || aggregation == Aggregation.MAX;
        this.buffer = aggregation.needsAllValues() ? new double[64] : null;
    }

    void reset() {
        count = 0;
        sum = 0;
    }

    void add(double value) {
        if (buffer != null) {
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, count * 2);
            }
            buffer[count] = value;
        }
        if (extremes) { // the other aggregations need not pay for them on every point
            min = count == 0 ? value : Math.min(min, value);
            max = count == 0 ? value : Math.max(max, value);
        }
        sum += value;
        last = value;
        count++;
    }

    int count() {
        return count;
    }

    /** The aggregate of the values added since the last reset; undefined when none was added. */
    double result() {
        return switch (aggregation) {
            case COUNT -> count;
            case SUM -> sum;
            case AVERAGE -> sum / count;
            case MIN -> min;
            case MAX -> max;
            case LAST -> last;
            case MEDIAN -> median();
            case P90 -> p90();
        };
    }

    // Both select the values they need (OrderStatistics) rather than sort the period: the result is the same.
    private double median() {
        int n = count;
        return n % 2 == 1 ? sorted(n / 2) : (sorted(n / 2 - 1) + sorted(n / 2)) / 2;
    }

    private double p90() {
        int rank = (9 * count + 9) / 10; // ⌈0.9 n⌉ in integers: 0.9 * n in doubles can land just above a whole number
        return sorted(rank - 1);
    }

    /** The value at the index of the buffer sorted ascending. */
    private double sorted(int index) {
        return OrderStatistics.kth(buffer, count, index);
    }
}
