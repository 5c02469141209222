package io.csiloop.kpi;

import io.csiloop.measure.DataPoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random inputs shared by the property tests. */
final class Generators {

    private static final long FROM = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();

    private Generators() {
    }

    static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM, TO).map(Instant::ofEpochSecond);
    }

    /** Zones with daylight saving, half-hour and 45-minute offsets, a midnight change and a skipped day. */
    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe",
                "Asia/Kathmandu", "Pacific/Apia").map(ZoneId::of);
    }

    /** Any zone the JDK knows, the odd historical ones included (a skipped day, a doubled day, 15-minute offsets). */
    static Arbitrary<ZoneId> anyZone() {
        return Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds())).map(ZoneId::of);
    }

    /**
     * Up to 3,000 data points in time order, from one a minute to one every three hours (equal instants
     * included), with values that repeat and with both signs of zero, as a period's median and 90th
     * percentile must rank them exactly.
     */
    static Arbitrary<List<DataPoint>> densePoints() {
        Arbitrary<Long> start = Arbitraries.longs().between(FROM, TO);
        Arbitrary<Integer> step = Arbitraries.of(60, 900, 3 * 3600);
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-3, 3).map(i -> (double) i)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0)),
                Tuple.of(3, Arbitraries.doubles().between(-1e6, 1e6)));
        Arbitrary<List<Double>> values = value.list().ofMaxSize(3_000);
        return Combinators.combine(start, step, values, Arbitraries.randoms()).as((first, most, numbers, random) -> {
            List<DataPoint> points = new ArrayList<>();
            long at = first;
            for (int i = 0; i < numbers.size(); i++) {
                at += random.nextInt(7) == 0 ? 0 : random.nextInt(most + 1);
                points.add(new DataPoint(Instant.ofEpochSecond(at), numbers.get(i)));
            }
            return points;
        });
    }

    /** Up to 300 data points in time order (equal instants included) over up to 300 days. */
    static Arbitrary<List<DataPoint>> sortedPoints() {
        Arbitrary<Long> start = Arbitraries.longs().between(FROM, TO);
        Arbitrary<List<Long>> gaps = Arbitraries.longs().between(0, 86_400).list().ofMaxSize(300);
        Arbitrary<List<Double>> values = Arbitraries.doubles().between(-1e6, 1e6).list().ofSize(300);
        return Combinators.combine(start, gaps, values).as((first, steps, numbers) -> {
            List<DataPoint> points = new ArrayList<>();
            long at = first;
            for (int i = 0; i < steps.size(); i++) {
                at += steps.get(i) % 3 == 0 ? 0 : steps.get(i);
                points.add(new DataPoint(Instant.ofEpochSecond(at), numbers.get(i)));
            }
            return points;
        });
    }
}
