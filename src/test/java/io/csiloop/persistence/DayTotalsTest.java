package io.csiloop.persistence;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.PointEdit;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The day totals: reads that take a window's settled days from them equal the KPI engine over the points, a write
 * into a totalled day is read at once (its mark drops), a roll-forward and a writer of the same measure take turns,
 * and a deleted measure leaves no totals behind.
 */
class DayTotalsTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");
    /** The day before Store.NOW's day in the reporting zone: the first day a roll-forward leaves to the points. */
    private static final int BOUND = (int) LocalDate.parse("2026-11-25").toEpochDay();

    @AcrossDatabases
    void shouldReadTheSameValuesFromTheTotalsOfSettledDaysAsFromThePoints(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        List<DataPoint> points = points(new SplittableRandom(23));
        List<StoredDefinition> definitions = store.defineEvery(points);
        Instant cutFrom = Instant.parse("2026-03-15T12:34:56Z");
        Instant cutTo = Instant.parse("2026-12-03T01:30:00Z");

        assertEquals(definitions.size(), store.dayTotals.rollForward(definitions, Store.NOW));
        assertEquals(0, store.dayTotals.rollForward(definitions, Store.NOW), "nothing left to total");

        for (StoredDefinition d : definitions) {
            assertEquals(BOUND, mark(store, d), d.definition().key());
        }
        assertTrue(db.activeObjects().count(DayTotalEntity.class) > 0);
        for (ZoneId zone : List.of(Store.ZONE, ZoneId.of("UTC"))) { // UTC's days are not the totals': streamed
            Map<Integer, List<KpiValue>> whole = store.aggregates.of(definitions, FROM, TO, zone);
            Map<Integer, List<KpiValue>> cut = store.aggregates.of(definitions, cutFrom, cutTo, zone);
            for (StoredDefinition d : definitions) {
                assertEquals(engine(points, d, FROM, TO, zone), whole.get(d.id()), d.definition().key() + " " + zone);
                assertEquals(engine(points, d, cutFrom, cutTo, zone), cut.get(d.id()), d.definition().key() + " cut");
            }
        }
        Map<StoredDefinition, PeriodAggregates.Range> ranges = new LinkedHashMap<>();
        definitions.forEach(d -> ranges.put(d, new PeriodAggregates.Range(cutFrom.plusSeconds(d.id() * 86_400L), cutTo)));
        Map<Integer, List<KpiValue>> inRanges = store.aggregates.inRanges(ranges, Store.ZONE);
        ranges.forEach((d, range) -> assertEquals(engine(points, d, range.from(), range.to(), Store.ZONE),
                inRanges.get(d.id()), d.definition().key() + " in a range of its own"));
    }

    @AcrossDatabases
    void shouldReadTheTotalledDaysFromTheTotalsNotFromThePoints(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        List<DataPoint> points = points(new SplittableRandom(29));
        StoredDefinition d = store.define(Store.PROJECT, Store.measure("SUM", Aggregation.SUM, PeriodUnit.MONTH));
        store.record(d.id(), points);
        store.dayTotals.rollForward(List.of(d), Store.NOW);
        Instant berlinNewYear = Instant.parse("2025-12-31T23:00:00Z"); // whole days only: an edge's part is points
        List<KpiValue> before = store.aggregates.of(List.of(d), berlinNewYear, TO, Store.ZONE).get(d.id());

        // behind the writers' back, so no mark drops: only a read of the totals still sees these points
        db.activeObjects().deleteWithSQL(DataPointEntity.class, "DEFINITION_ID = ? AND OBSERVED_DAY < ?", d.id(), BOUND);

        assertEquals(before, store.aggregates.of(List.of(d), berlinNewYear, TO, Store.ZONE).get(d.id()));
        List<DataPoint> unsettled = points.stream().filter(p -> store.zone.dayOf(p.observedAt()) >= BOUND).toList();
        ZoneId utc = ZoneId.of("UTC"); // not the totals' days: streamed from what the points hold now
        assertEquals(engine(unsettled, d, FROM, TO, utc), store.aggregates.of(List.of(d), FROM, TO, utc).get(d.id()));
    }

    @AcrossDatabases
    void shouldHandOverARowAPeriodForTheTotalledDays(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        StoredDefinition d = store.define(Store.PROJECT, Store.measure("SUM", Aggregation.SUM, PeriodUnit.MONTH));
        store.record(d.id(), points(new SplittableRandom(47)));
        long daily = db.statements().rowsWhile(() -> read(store, d));
        store.dayTotals.rollForward(List.of(d), Store.NOW);

        long monthly = db.statements().rowsWhile(() -> read(store, d));

        // the mark; January 1st before 01:00 in Berlin (FROM cuts it); eleven months; November 25th to December 31st
        assertTrue(monthly <= 1 + 1 + 11 + 37, "a row a month for the totalled days: " + monthly);
        assertTrue(daily > 200, "a row a day with points before: " + daily);
    }

    @AcrossDatabases
    void shouldReadManyMeasuresOfOnePeriodLengthInOneStatementAfterTheirMarks(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        List<StoredDefinition> sums = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StoredDefinition d = store.define(Store.PROJECT, Store.measure("SUM" + i, Aggregation.SUM, PeriodUnit.MONTH));
            store.record(d.id(), points(new SplittableRandom(50 + i)));
            sums.add(d);
        }
        store.dayTotals.rollForward(sums, Store.NOW);

        assertEquals(2, db.statements().countWhile(() -> store.aggregates.of(sums, FROM, TO, Store.ZONE)),
                "where their totals end, then the edges' points and the totals of all ten by IN");
    }

    @AcrossDatabases
    void shouldReadAWriteIntoATotalledDayAtOnceAndTotalItAgainOnTheNextRoll(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        List<DataPoint> points = new ArrayList<>(points(new SplittableRandom(31)));
        StoredDefinition d = store.define(Store.PROJECT, Store.measure("AVG", Aggregation.AVERAGE, PeriodUnit.WEEK));
        store.record(d.id(), points);
        store.dayTotals.rollForward(List.of(d), Store.NOW);

        DataPoint late = Store.at("2026-04-02T09:00:00Z", 1000);
        store.record(d.id(), List.of(late));
        points.add(late);
        assertEquals(store.zone.dayOf(late.observedAt()), mark(store, d), "the mark drops to the written day");
        assertEquals(engine(points, d, FROM, TO, Store.ZONE), read(store, d));

        StoredDataPoint moved = store.points.between(d.id(), Instant.parse("2026-07-01T00:00:00Z"), TO).get(0);
        DataPoint corrected = new DataPoint(Instant.parse("2026-02-10T08:00:00Z"), 7.5);
        store.points.correct(d.id(), moved.id(), NewDataPoint.of(corrected), new PointEdit(Store.ALICE, "typo"));
        points.remove(moved.point());
        points.add(corrected);
        assertEquals(store.zone.dayOf(corrected.observedAt()), mark(store, d), "a correction: the earlier of both days");
        assertEquals(engine(points, d, FROM, TO, Store.ZONE), read(store, d));

        StoredDataPoint first = store.points.between(d.id(), FROM, TO).get(0);
        store.points.delete(d.id(), first.id(), new PointEdit(Store.ALICE, "duplicate"));
        points.remove(first.point());
        assertEquals(store.zone.dayOf(first.point().observedAt()), mark(store, d));
        assertEquals(engine(points, d, FROM, TO, Store.ZONE), read(store, d));

        assertEquals(1, store.dayTotals.rollForward(List.of(d), Store.NOW));
        assertEquals(BOUND, mark(store, d));
        assertEquals(engine(points, d, FROM, TO, Store.ZONE), read(store, d));
    }

    @AcrossDatabases
    void shouldTotalAPointWhoseWriterHeldTheMeasureWhileTheRollWaited(TestDatabase.Opened db) throws Exception {
        Store store = new Store(db.activeObjects());
        List<DataPoint> points = new ArrayList<>(points(new SplittableRandom(37)));
        StoredDefinition d = store.define(Store.PROJECT, Store.measure("SUM", Aggregation.SUM, PeriodUnit.MONTH));
        store.record(d.id(), points);
        DataPoint late = Store.at("2026-05-05T05:00:00Z", 250);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch rolling = new CountDownLatch(1);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> db.activeObjects().executeInTransaction(() -> {
            store.record(d.id(), List.of(late)); // uncommitted until the roll has had time to reach the measure
            written.countDown();
            await(rolling);
            sleep(300);
            return null;
        }));
        await(written);
        CompletableFuture<Integer> roll = CompletableFuture.supplyAsync(() -> {
            rolling.countDown();
            return store.dayTotals.rollForward(List.of(d), Store.NOW);
        });
        writer.get(20, TimeUnit.SECONDS);
        assertEquals(1, roll.get(20, TimeUnit.SECONDS));
        points.add(late);

        assertEquals(BOUND, mark(store, d));
        assertEquals(engine(points, d, FROM, TO, Store.ZONE), read(store, d),
                "the roll waited for the writer's commit and totalled its point");
    }

    @AcrossDatabases
    void shouldLeaveNoTotalsBehindADeletedMeasure(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        StoredDefinition d = store.define(Store.PROJECT, Store.measure("SUM", Aggregation.SUM, PeriodUnit.MONTH));
        store.record(d.id(), points(new SplittableRandom(41)));
        store.dayTotals.rollForward(List.of(d), Store.NOW);
        assertTrue(db.activeObjects().count(DayTotalEntity.class) > 0);

        store.definitions.delete(d.id(), d.version(), Store.ALICE);

        assertEquals(0, db.activeObjects().count(DayTotalEntity.class));
    }

    @AcrossDatabases
    void shouldStartWithoutTotalsSoThatReadsUseThePoints(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        StoredDefinition d = store.define(Store.PROJECT, Store.measure("SUM", Aggregation.SUM, PeriodUnit.MONTH));
        List<DataPoint> points = points(new SplittableRandom(43));
        store.record(d.id(), points);

        assertNull(db.activeObjects().get(MeasurementDefEntity.class, d.id()).getDayTotalsBefore());
        assertEquals(engine(points, d, FROM, TO, Store.ZONE), read(store, d));
    }

    private static List<KpiValue> read(Store store, StoredDefinition d) {
        return store.aggregates.of(List.of(d), FROM, TO, Store.ZONE).get(d.id());
    }

    private static Integer mark(Store store, StoredDefinition d) {
        return store.ao.find(MeasurementDefEntity.class, Query.select("ID, DAY_TOTALS_BEFORE")
                .where("ID = ?", d.id()))[0].getDayTotalsBefore();
    }

    /** Points over 2026 on both sides of the bound, values in quarters so that sums are exact in any order. */
    private static List<DataPoint> points(SplittableRandom random) {
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Instant at = FROM.plusSeconds(random.nextLong(365L * 86_400));
            points.add(new DataPoint(at, random.nextInt(-200, 200) / 4.0));
        }
        points.add(Store.at("2026-03-29T00:30:00Z", 3)); // Berlin's spring change: a 23-hour day
        points.add(Store.at("2026-10-24T22:30:00Z", 5)); // and its autumn change: a 25-hour day
        return points;
    }

    private static List<KpiValue> engine(List<DataPoint> points, StoredDefinition d, Instant from, Instant to, ZoneId zone) {
        List<DataPoint> sorted = points.stream()
                .filter(p -> !p.observedAt().isBefore(from) && p.observedAt().isBefore(to))
                .sorted(Comparator.comparing(DataPoint::observedAt)).collect(Collectors.toList());
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(sorted, d.definition(), zone).forEachRemaining(values::add);
        return values;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
