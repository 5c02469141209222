package io.csiloop.persistence.bench;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The benchmark's data: reproducible points spread over one year, and definitions of every rolling-up kind. */
final class Workload {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");
    private static final Aggregation[] ROLLING_UP = {
            Aggregation.COUNT, Aggregation.SUM, Aggregation.AVERAGE, Aggregation.MIN, Aggregation.MAX};

    private Workload() {
    }

    /** {@code count} points at random instants of the year (not in time order, as imports arrive), seeded. */
    static List<DataPoint> points(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long span = TO.toEpochMilli() - FROM.toEpochMilli();
        List<DataPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(new DataPoint(FROM.plusMillis(random.nextLong(span)), Math.round(random.nextDouble(0, 100) * 4) / 4.0));
        }
        return points;
    }

    /** The {@code i}-th definition: aggregations and period lengths in turn. */
    static MeasurementDefinition measure(int i) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = "M" + i;
        draft.aggregation = ROLLING_UP[i % ROLLING_UP.length];
        draft.period = PeriodUnit.values()[i / ROLLING_UP.length % PeriodUnit.values().length];
        return draft.build();
    }
}
