package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Selection against a sort of a copy: the same value, zero's sign included, at every rank asked. */
class OrderStatisticsProperties {

    @Property(tries = 1_000)
    void theSelectedValueIsTheSortedOne(@ForAll("values") double[] values, @ForAll("ranks") List<Double> ranks) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] work = Arrays.copyOf(values, values.length + 5); // values beyond n must not count
        Arrays.fill(work, values.length, work.length, Double.MAX_VALUE);
        for (double rank : ranks) {
            int k = (int) (rank * values.length);
            assertEquals(sorted[k], OrderStatistics.kth(work, values.length, k), () -> "index " + k);
        }
        double[] reordered = Arrays.copyOf(work, values.length);
        Arrays.sort(reordered);
        assertEquals(Arrays.toString(sorted), Arrays.toString(reordered), "selection only reorders the values");
    }

    @Provide
    Arbitrary<double[]> values() {
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-2, 2).map(i -> (double) i)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0.0, -0.0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(-1e15, 1e15)));
        Arbitrary<List<Double>> list = value.list().ofMinSize(1).ofMaxSize(4_000);
        return Arbitraries.oneOf(list, list.map(l -> l.stream().sorted().toList()),
                list.map(l -> l.stream().sorted(Comparator.reverseOrder()).toList()))
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Provide
    Arbitrary<List<Double>> ranks() {
        return Arbitraries.doubles().between(0, 1).ofScale(6).filter(r -> r < 1).list().ofMinSize(1).ofMaxSize(4);
    }
}
