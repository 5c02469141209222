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
    private double[] buffer;
    private int count;
    private double sum;
    private double min;
    private double max;
    private double last;

    Accumulator(Aggregation aggregation) {
        this.aggregation = aggregation;
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
        min = count == 0 ? value : Math.min(min, value);
        max = count == 0 ? value : Math.max(max, value);
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
            case MEDIAN -> median(sortedBuffer(), count);
            case P90 -> p90(sortedBuffer(), count);
        };
    }

    private double[] sortedBuffer() {
        Arrays.sort(buffer, 0, count);
        return buffer;
    }

    /** The median of the first {@code n} values of an ascending array. */
    static double median(double[] sorted, int n) {
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The nearest-rank 90th percentile of the first {@code n} values of an ascending array. */
    static double p90(double[] sorted, int n) {
        int rank = (9 * n + 9) / 10; // ⌈0.9 n⌉ in integers: 0.9 * n in doubles can land just above a whole number
        return sorted[rank - 1];
    }
}
