package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.PeriodUnit;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every aggregation against plain reference code that groups by the local calendar and sorts whole lists. */
class KpiStreamProperties {

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void everyAggregationAgreesWithThePlainReference(@ForAll("points") List<DataPoint> points,
            @ForAll Aggregation aggregation, @ForAll PeriodUnit unit, @ForAll("zones") ZoneId zone) {
        assertAgreesWithTheReference(points, aggregation, unit, zone);
    }

    /** Many points a period (selection, not a sort, ranks them), repeated values and zeros, in any zone. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void denseSeriesAgreeWithThePlainReferenceInAnyZone(@ForAll("densePoints") List<DataPoint> points,
            @ForAll Aggregation aggregation, @ForAll PeriodUnit unit, @ForAll("anyZone") ZoneId zone) {
        assertAgreesWithTheReference(points, aggregation, unit, zone);
    }

    private static void assertAgreesWithTheReference(List<DataPoint> points, Aggregation aggregation,
            PeriodUnit unit, ZoneId zone) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        KpiStream.of(points.iterator(), aggregation, unit, zone).forEachRemaining(v -> {
            labels.add(v.period().label());
            values.add(unsignedZero(v.value()));
            counts.add(v.sampleCount());
        });
        Map<String, List<Double>> groups = groups(points, unit, zone);
        assertEquals(List.copyOf(groups.keySet()), labels);
        assertEquals(groups.values().stream().map(List::size).toList(), counts);
        assertEquals(groups.values().stream().map(g -> unsignedZero(reference(aggregation, g))).toList(), values);
    }

    /**
     * The reference ranks by value, where -0.0 equals 0.0; the engine sorts, -0.0 first. That sign is
     * held against a sort by OrderStatisticsProperties, so it is left out of the comparison here.
     */
    private static double unsignedZero(double value) {
        return value == 0 ? 0.0 : value;
    }

    private static Map<String, List<Double>> groups(List<DataPoint> points, PeriodUnit unit, ZoneId zone) {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        for (DataPoint point : points) {
            ZonedDateTime local = point.observedAt().atZone(zone);
            String key = switch (unit) {
                case DAY -> local.toLocalDate().toString();
                case WEEK -> DateTimeFormatter.ISO_WEEK_DATE.format(local).substring(0, 8);
                case MONTH -> local.toLocalDate().toString().substring(0, 7);
                case QUARTER -> local.getYear() + "-Q" + ((local.getMonthValue() + 2) / 3);
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(point.value());
        }
        return groups;
    }

    private static double reference(Aggregation aggregation, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = values.size();
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return switch (aggregation) {
            case COUNT -> n;
            case SUM -> sum;
            case AVERAGE -> sum / n;
            case MIN -> sorted.get(0);
            case MAX -> sorted.get(n - 1);
            case LAST -> values.get(n - 1);
            case MEDIAN -> n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            case P90 -> smallestNotExceededByNinetyPercent(sorted);
        };
    }

    /** The nearest-rank definition in its own words: the smallest value at least 90 % of the values are at most. */
    private static double smallestNotExceededByNinetyPercent(List<Double> sorted) {
        for (double candidate : sorted) {
            long atMost = sorted.stream().filter(v -> v <= candidate).count();
            if (10 * atMost >= 9L * sorted.size()) {
                return candidate;
            }
        }
        throw new AssertionError("unreachable: the largest value is not exceeded by any");
    }

    @Provide
    Arbitrary<List<DataPoint>> points() {
        return Generators.sortedPoints();
    }

    @Provide
    Arbitrary<List<DataPoint>> densePoints() {
        return Generators.densePoints();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Generators.zones();
    }

    @Provide
    Arbitrary<ZoneId> anyZone() {
        return Generators.anyZone();
    }
}
