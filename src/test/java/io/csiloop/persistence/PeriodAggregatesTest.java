package io.csiloop.persistence;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PointEdit;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DataPointEntity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Period aggregates on every database equal the KPI engine's over the same points, for every aggregation and
 * period length, in the reporting zone (days totalled by the database) and in other zones (streamed).
 */
@SuppressWarnings("unchecked")
class PeriodAggregatesTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @AcrossDatabases
    void shouldEqualTheKpiEngineForEveryAggregationAndPeriodInAnyZone(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        List<DataPoint> points = points(new SplittableRandom(7), true);
        List<StoredDefinition> definitions = store.defineEvery(points);

        for (ZoneId zone : List.of(Store.ZONE, ZoneId.of("America/New_York"), ZoneId.of("UTC"))) {
            Map<Integer, List<KpiValue>> aggregates = store.aggregates.of(definitions, FROM, TO, zone);
            for (StoredDefinition d : definitions) {
                assertEquals(engine(points, d, FROM, TO, zone), aggregates.get(d.id()), d.definition().key() + " in " + zone);
            }
        }
    }

    @AcrossDatabases
    void shouldEqualTheKpiEngineOnARangeThatCutsDaysAndForAnyValues(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        List<DataPoint> points = points(new SplittableRandom(11), false); // any doubles: sums may round differently
        Instant from = Instant.parse("2026-03-15T12:34:56Z");
        Instant to = Instant.parse("2026-10-25T01:30:00Z"); // inside the repeated hour of the autumn change
        for (Aggregation aggregation : List.of(Aggregation.COUNT, Aggregation.SUM, Aggregation.AVERAGE, Aggregation.MIN, Aggregation.MAX)) {
            StoredDefinition d = store.define(Store.PROJECT, Store.measure(aggregation.name(), aggregation, PeriodUnit.WEEK));
            store.record(d.id(), points);

            List<KpiValue> stored = store.aggregates.of(List.of(d), from, to, Store.ZONE).get(d.id());

            List<KpiValue> expected = engine(points, d, from, to, Store.ZONE);
            assertEquals(expected.size(), stored.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).period(), stored.get(i).period());
                assertEquals(expected.get(i).sampleCount(), stored.get(i).sampleCount());
                assertEquals(expected.get(i).value(), stored.get(i).value(), 1e-12 * Math.max(1, Math.abs(expected.get(i).value())));
            }
        }
    }

    @AcrossDatabases
    void shouldTotalInOneStatementWhatRollsUpAndStreamWhatDoesNot(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        List<StoredDefinition> sums = new ArrayList<>();
        List<StoredDefinition> medians = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sums.add(store.define(Store.PROJECT, Store.measure("SUM" + i, Aggregation.SUM, PeriodUnit.MONTH)));
            medians.add(store.define(Store.PROJECT, Store.measure("MEDIAN" + i, Aggregation.MEDIAN, PeriodUnit.MONTH)));
        }

        assertEquals(2, db.statements().countWhile(() -> store.aggregates.of(sums, FROM, TO, Store.ZONE)),
                "one read of where their day totals end (none here) and one GROUP BY for all of them");
        assertEquals(5, db.statements().countWhile(() -> store.aggregates.of(medians, FROM, TO, Store.ZONE)),
                "one page of points each");
    }

    @AcrossDatabases
    void shouldStreamADefinitionWithRowsFromBeforeTheDayColumn(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        StoredDefinition d = store.define(Store.PROJECT, Store.measure("SUM", Aggregation.SUM, PeriodUnit.MONTH));
        List<DataPoint> points = new ArrayList<>(List.of(Store.at("2026-05-01T10:00:00Z", 2), Store.at("2026-05-31T23:30:00Z", 3)));
        store.record(d.id(), points);
        db.activeObjects().create(DataPointEntity.class, Map.of("DEFINITION_ID", d.id(), "OBSERVED_AT_MILLIS",
                Instant.parse("2026-05-02T10:00:00Z").toEpochMilli(), "MEASURED_VALUE", 5.0, "DATA_SOURCE", "MANUAL",
                "RECORDED_AT_MILLIS", 0L, "IMPROVEMENT_CYCLE", 1)); // as written before model version 2: no day
        points.add(Store.at("2026-05-02T10:00:00Z", 5));

        assertEquals(engine(points, d, FROM, TO, Store.ZONE), store.aggregates.of(List.of(d), FROM, TO, Store.ZONE).get(d.id()));
    }

    @AcrossDatabases
    void shouldTotalRangesOfTheirOwnInOneStatementAsEachRangeAloneAfterCorrectionsAndDeletions(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        SplittableRandom random = new SplittableRandom(19);
        Map<StoredDefinition, PeriodAggregates.Range> ranges = new LinkedHashMap<>();
        Map<Integer, List<DataPoint>> kept = new HashMap<>();
        for (Aggregation aggregation : Aggregation.values()) {
            for (PeriodUnit period : PeriodUnit.values()) {
                StoredDefinition d = store.define(Store.PROJECT, Store.measure(aggregation + "." + period, aggregation, period));
                List<DataPoint> points = new ArrayList<>(points(random, true));
                store.record(d.id(), points);
                edit(store, d, points, random);
                kept.put(d.id(), points);
                Instant from = FROM.plusSeconds(random.nextLong(180L * 86_400));
                ranges.put(d, new PeriodAggregates.Range(from, from.plusSeconds(random.nextLong(1, 200L * 86_400))));
            }
        }

        Map<Integer, List<KpiValue>>[] read = new Map[1];
        long statements = db.statements().countWhile(() -> read[0] = store.aggregates.inRanges(ranges, Store.ZONE));

        ranges.forEach((d, range) -> assertEquals(engine(kept.get(d.id()), d, range.from(), range.to(), Store.ZONE),
                read[0].get(d.id()), d.definition().key()));
        long streamed = ranges.keySet().stream().filter(d -> !PeriodRollup.rollsUp(d.definition().aggregation())).count();
        assertTrue(statements <= 1 + 2 * streamed, "one GROUP BY for every summable measure, pages for the rest: "
                + statements);
    }

    @AcrossDatabases
    void shouldTellWhereEachSeriesBeginsAndEndsInOneStatement(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        StoredDefinition a = store.define(Store.PROJECT, Store.measure("A", Aggregation.SUM, PeriodUnit.MONTH));
        StoredDefinition b = store.define(Store.PROJECT, Store.measure("B", Aggregation.P90, PeriodUnit.WEEK));
        StoredDefinition none = store.define(Store.PROJECT, Store.measure("C", Aggregation.SUM, PeriodUnit.DAY));
        store.record(a.id(), List.of(Store.at("2019-02-03T04:05:06Z", 1), Store.at("2026-05-01T00:00:00Z", 2),
                Store.at("2026-11-30T00:00:00Z", 3)));
        store.record(b.id(), List.of(Store.at("2024-01-01T00:00:00Z", 1)));

        Map<Integer, PeriodAggregates.Observed>[] observed = new Map[1];
        long statements = db.statements().countWhile(() -> observed[0] = store.aggregates.observed(List.of(a, b, none),
                Instant.parse("2026-11-01T00:00:00Z"), Store.ZONE));

        assertEquals(Map.of(a.id(), new PeriodAggregates.Observed(Instant.parse("2019-02-03T04:05:06Z"),
                        Instant.parse("2026-05-01T00:00:00Z")), b.id(), new PeriodAggregates.Observed(
                        Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"))), observed[0]);
        assertEquals(1, statements);
    }

    /** Corrects (moving some across a day or a change of daylight saving) and deletes some of the points, as kept. */
    private static void edit(Store store, StoredDefinition d, List<DataPoint> points, SplittableRandom random) {
        List<StoredDataPoint> stored = new ArrayList<>(store.points.between(d.id(), Instant.ofEpochMilli(Long.MIN_VALUE),
                Instant.ofEpochMilli(Long.MAX_VALUE)));
        stored.sort(Comparator.comparingInt(StoredDataPoint::id)); // kept in the order recorded: ties sort so
        points.clear();
        for (StoredDataPoint p : stored) {
            int what = random.nextInt(20);
            if (what == 0) {
                store.points.delete(d.id(), p.id(), new PointEdit(Store.ALICE, "a duplicate"));
            } else if (what == 1) {
                DataPoint moved = new DataPoint(p.point().observedAt().plusSeconds(random.nextInt(-30_000, 30_000)),
                        random.nextInt(-200, 200) / 4.0);
                store.points.correct(d.id(), p.id(), NewDataPoint.of(moved), new PointEdit(Store.ALICE, "typo"));
                points.add(moved);
            } else {
                points.add(p.point());
            }
        }
    }

    /** What the KPI engine makes of the points in [from, to): in time order, equal instants as recorded. */
    private static List<KpiValue> engine(List<DataPoint> points, StoredDefinition d, Instant from, Instant to, ZoneId zone) {
        List<DataPoint> sorted = points.stream()
                .filter(p -> !p.observedAt().isBefore(from) && p.observedAt().isBefore(to))
                .sorted(Comparator.comparing(DataPoint::observedAt)).toList(); // a stable sort
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(sorted, d.definition(), zone).forEachRemaining(values::add);
        return values;
    }

    /**
     * Points all over 2026, crowded around local midnights and both daylight-saving changes of Berlin, with
     * repeated instants. {@code exact} values are quarters, whose sums are exact in any order.
     */
    private static List<DataPoint> points(SplittableRandom random, boolean exact) {
        List<Instant> around = List.of(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-01-01T23:00:00Z"), Instant.parse("2026-06-30T22:00:00Z"), Instant.parse("2026-12-31T23:00:00Z"));
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant at = i % 3 == 0
                    ? around.get(random.nextInt(around.size())).plusSeconds(random.nextInt(-4 * 3600, 4 * 3600))
                    : FROM.plusSeconds(random.nextLong(365L * 86_400));
            double value = exact ? random.nextInt(-200, 200) / 4.0 : random.nextDouble(-50, 50);
            points.add(new DataPoint(at, value));
            if (i % 10 == 0) {
                points.add(new DataPoint(at, value + 1)); // the same instant again: LAST takes this one
            }
        }
        return points;
    }
}
