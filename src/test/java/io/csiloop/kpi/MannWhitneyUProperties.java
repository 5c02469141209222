package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The rank-based test against references that count pairs instead of ranking (small integers: many ties) and,
 * without ties, enumerate every way of splitting the ranks between the samples.
 */
class MannWhitneyUProperties {

    @Property
    void agreesWithPairCountingAndTieGroups(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 6) Integer> first,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 6) Integer> second) {
        double u = 0;
        for (int x : first) {
            for (int y : second) {
                u += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }
        Map<Integer, Integer> groups = new TreeMap<>();
        first.forEach(v -> groups.merge(v, 1, Integer::sum));
        second.forEach(v -> groups.merge(v, 1, Integer::sum));
        double n1 = first.size();
        double n2 = second.size();
        double n = n1 + n2;
        double ties = groups.values().stream().mapToDouble(t -> (double) t * t * t - t).sum();
        double variance = n1 * n2 / 12 * (n + 1 - ties / (n * (n - 1)));
        double distance = Math.max(0, Math.abs(u - n1 * n2 / 2) - 0.5);
        double expectedP = variance == 0 ? 1 : Math.min(1, 2 * Normal.cdf(-distance / Math.sqrt(variance)));

        MannWhitneyU test = MannWhitneyU.test(doubles(first), doubles(second));
        assertEquals(u, test.u(), 1e-9);
        if (ties > 0) {
            assertEquals(TestMethod.NORMAL_APPROXIMATION, test.method());
            assertEquals(expectedP, test.pValue(), 1e-12);
        } else {
            assertEquals(TestMethod.EXACT, test.method());
            assertEquals(enumeratedP(first.size(), second.size(), u), test.pValue(), 1e-12);
        }
    }

    /** 2 P(U at least as far from its mean as u), over every choice of the first sample's ranks. */
    private static double enumeratedP(int n1, int n2, double u) {
        int n = n1 + n2;
        double mean = n1 * n2 / 2.0;
        int asFar = 0;
        int all = 0;
        for (int subset = 0; subset < 1 << n; subset++) {
            if (Integer.bitCount(subset) == n1) {
                int rankSum = 0;
                for (int rank = 0; rank < n; rank++) {
                    rankSum += (subset >> rank & 1) * rank;
                }
                double each = rankSum - n1 * (n1 - 1) / 2.0;
                asFar += Math.abs(each - mean) >= Math.abs(u - mean) ? 1 : 0;
                all++;
            }
        }
        return Math.min(1, (double) asFar / all);
    }

    @Property
    void isSymmetricInItsSamples(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 9) Integer> first,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 9) Integer> second) {
        MannWhitneyU forth = MannWhitneyU.test(doubles(first), doubles(second));
        MannWhitneyU back = MannWhitneyU.test(doubles(second), doubles(first));
        assertEquals((double) first.size() * second.size(), forth.u() + back.u(), 1e-9);
        assertEquals(-forth.z(), back.z(), 1e-12);
        assertEquals(forth.pValue(), back.pValue(), 1e-12);
    }

    private static double[] doubles(List<Integer> values) {
        return values.stream().mapToDouble(Integer::doubleValue).toArray();
    }
}
