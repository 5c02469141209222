package io.csiloop.kpi;

import java.util.Arrays;

/**
 * The k-th smallest of a period's values by selection, in linear time on average, where a sort would cost
 * n log n: a period's median or 90th percentile needs one or two ranks, not the whole order.
 *
 * <p>The answer is exactly what {@code Arrays.sort} would put at index k, including the sign of a zero
 * ({@code -0.0} sorts before {@code 0.0}); the values must not be NaN (data points are finite).
 */
final class OrderStatistics {

    /** Below this many values a straight insertion sort is faster than partitioning. */
    private static final int SMALL = 16;

    private OrderStatistics() {
    }

    /**
     * The value at index {@code k} of the first {@code n} values sorted ascending; reorders those values.
     *
     * @param values at least {@code n} finite values
     * @param n how many of them count; at least 1
     * @param k the index, from 0 to {@code n - 1}
     */
    static double kth(double[] values, int n, int k) {
        double value = select(values, 0, n - 1, k);
        // the comparisons below treat -0.0 and 0.0 as equal; a sort does not
        return value == 0 ? signedZero(values, n, k) : value;
    }

    private static double select(double[] a, int low, int high, int k) {
        int lo = low;
        int hi = high;
        // Median-of-three pivots handle sorted and reversed runs; a sort bounds the rare unlucky case.
        int rounds = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo + 1));
        while (hi - lo >= SMALL) {
            if (rounds-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            int mid = (lo + hi) >>> 1;
            order(a, lo, mid);
            order(a, mid, hi);
            order(a, lo, mid);
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and whatever lies between equals the pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
        return a[k];
    }

    private static void order(double[] a, int i, int j) {
        if (a[j] < a[i]) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A zero at index k of the sorted values: negative when k falls among the negative zeros. */
    private static double signedZero(double[] values, int n, int k) {
        int negatives = 0;
        int negativeZeros = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] < 0) {
                negatives++;
            } else if (Double.doubleToRawLongBits(values[i]) == Long.MIN_VALUE) {
                negativeZeros++;
            }
        }
        return k >= negatives && k < negatives + negativeZeros ? -0.0 : 0.0;
    }
}
