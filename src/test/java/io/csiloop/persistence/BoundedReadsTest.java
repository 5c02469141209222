package io.csiloop.persistence;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.Rebase;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every read a user can trigger costs what it shows, never the history behind it: counted below Active Objects
 * ({@link io.csiloop.host.ao.SqlStatementCounter}: the statements sent and the rows their results hand over) for a
 * monthly average measure with many points over five years (10,000 by default, 100,000 on request: {@link #POINTS})
 * and again with ten times as many. The figures are the
 * same at both sizes: the data point page reads its page, the export its first page before it writes, the KPI
 * reading its window and its first phase's baseline as day totals, the verdict the days of its phase, the pack one
 * row a day; each in a fixed number of statements.
 */
class BoundedReadsTest {

    /**
     * The smaller size: 10,000 points by default, so that every build runs it on every database in reasonable time;
     * {@code -Dbounded.points=100000} runs the 100,000 and 1,000,000 (about ten minutes on a loaded 2-core
     * machine over the three databases; it passed so when the test was written).
     */
    private static final int POINTS = Integer.getInteger("bounded.points", 10_000);
    private static final Instant FIRST = Store.NOW.minus(Duration.ofDays(5 * 365));
    /** Approved rebase: the phase the verdict compares against begins with June 2025. */
    private static final Instant REBASE = Instant.parse("2025-05-31T22:00:00Z");
    private static final Instant GO_LIVE = Instant.parse("2026-03-10T09:00:00Z");
    private static final ProcessChanges CHANGES = new ProcessChanges(
            List.of(new GoLive("SVC-1", 1, GO_LIVE, true)), List.of(new Rebase(REBASE, "new triage", "alice", REBASE)));

    @AcrossDatabases
    void shouldReadWhatEachRequestShowsWhateverTheHistoryHolds(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        Cost small = costs(db, store, "SMALL", POINTS);
        Cost large = costs(db, store, "LARGE", 10 * POINTS);

        long days = ChronoUnit.DAYS.between(FIRST, Store.NOW) + 1;
        assertAll(
                () -> assertEquals(small, large, "the same cost with ten times the points"),
                () -> assertEquals(new Reads(2, 101), small.page(), "the page's 100 rows and the count"),
                () -> assertTrue(small.exportFirst().statements() == 1 && small.exportFirst().rows() <= AoDataPoints.PAGE,
                        "the export's first point after one page: " + small.exportFirst()),
                () -> assertEquals(5, small.reading().statements(),
                        "recent periods and baseline, each after where the day totals end; where the series begins"),
                () -> assertTrue(small.reading().rows() <= 1 + days(Store.NOW, KpiReading.CHART_WINDOW + 1) + 366,
                        "a day total a day of the 25 months read and of the first phase's 12, and the series' bounds: "
                                + small.reading()),
                () -> assertEquals(2, small.verdict().statements(), "where the day totals end, then the days"),
                () -> assertTrue(small.verdict().rows() <= ChronoUnit.DAYS.between(REBASE, Store.NOW) + 1,
                        "the days of the phase since the rebase: " + small.verdict()),
                () -> assertEquals(2, small.pack().statements(), "where the day totals end, then the days"),
                () -> assertTrue(small.pack().rows() <= days, "a row a day, as the pack shows every period: "
                        + small.pack()));
    }

    /** What the reads of one measure with the given number of points cost. */
    private static Cost costs(TestDatabase.Opened db, Store store, String key, int count) {
        StoredDefinition measure = store.define(Store.PROJECT, Store.measure(key, Aggregation.AVERAGE, PeriodUnit.MONTH));
        record(store, measure.id(), count);
        Clock clock = Clock.fixed(Store.NOW, ZoneOffset.UTC);
        KpiReadings readings = new KpiReadings(store.definitions, store.aggregates, clock, store.zone,
                (measures, moment) -> Map.of(measure.id(), CHANGES));
        ChangeVerdicts verdicts = new ChangeVerdicts(store.aggregates, (measures, moment) -> Map.of(measure.id(), CHANGES),
                clock, store.zone);
        Instant quarterAgo = Store.NOW.minus(Duration.ofDays(90));
        return new Cost(
                reads(db, () -> {
                    store.points.page(measure.id(), quarterAgo, Store.NOW, 300, 100);
                    store.points.count(measure.id(), quarterAgo, Store.NOW);
                }),
                reads(db, () -> store.points.inTimeOrder(measure.id(), FIRST, Store.NOW).iterator().next()),
                reads(db, () -> readings.of(measure, Store.NOW, null)),
                reads(db, () -> verdicts.of(List.of(measure), 1, Store.NOW)),
                reads(db, () -> readings.values(List.of(measure), Instant.ofEpochMilli(Long.MIN_VALUE), Store.NOW)));
    }

    /** Points evenly over the five years up to now, with noise, recorded in batches. */
    private static void record(Store store, int definitionId, int count) {
        SplittableRandom random = new SplittableRandom(count);
        long step = Duration.between(FIRST, Store.NOW).toMillis() / count;
        List<DataPoint> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new DataPoint(FIRST.plusMillis(i * step), 60 + random.nextGaussian() * 5));
            if (batch.size() == 100_000 || i == count - 1) {
                store.record(definitionId, batch);
                batch.clear();
            }
        }
    }

    private static Reads reads(TestDatabase.Opened db, Runnable read) {
        long before = db.statements().count();
        long rows = db.statements().rowsWhile(read);
        return new Reads(db.statements().count() - before, rows);
    }

    /** The days of the last {@code months} months up to the moment, in the reporting zone. */
    private static long days(Instant moment, int months) {
        LocalDate today = moment.atZone(Store.ZONE).toLocalDate();
        return ChronoUnit.DAYS.between(today.withDayOfMonth(1).minusMonths(months - 1L), today) + 1;
    }

    /** Statements sent and rows handed over. */
    private record Reads(long statements, long rows) {
    }

    private record Cost(Reads page, Reads exportFirst, Reads reading, Reads verdict, Reads pack) {
    }
}
