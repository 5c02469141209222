package io.csiloop.kpi;

import io.csiloop.measure.DataPoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

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
