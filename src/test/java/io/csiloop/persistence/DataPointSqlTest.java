package io.csiloop.persistence;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.EntityManagerDatabaseAccessor;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.jira.host.JiraSqlReads;
import io.csiloop.measure.DataPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The day totals of many ranges in one statement, where ranges with the same bounds share one branch. */
class DataPointSqlTest {

    private static final Instant DAY = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration ONE_DAY = Duration.ofDays(1);

    @AcrossDatabases
    void shouldTotalRangesWithTheSameBoundsInOneBranch(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        int a = store.define("A").id();
        int b = store.define("B").id();
        int c = store.define("C").id();
        store.record(a, List.of(new DataPoint(DAY, 1), new DataPoint(DAY.plus(ONE_DAY), 2)));
        store.record(b, List.of(new DataPoint(DAY, 10), new DataPoint(DAY.plus(ONE_DAY.multipliedBy(5)), 20)));
        store.record(c, List.of(new DataPoint(DAY, 100), new DataPoint(DAY.plus(ONE_DAY.multipliedBy(5)), 200)));
        long from = DAY.minus(ONE_DAY).toEpochMilli();
        long to = DAY.plus(ONE_DAY.multipliedBy(2)).toEpochMilli();
        long later = DAY.plus(ONE_DAY.multipliedBy(10)).toEpochMilli();
        List<String> statements = new ArrayList<>();
        db.statements().afterExecute(statements::add);
        List<String> totals = new ArrayList<>();

        new DataPointSql(new JiraSqlReads(EntityManagerDatabaseAccessor.of(db.activeObjects()))).readRanges(
                List.of(new DataPointSql.Range(a, from, to), new DataPointSql.Range(c, from, later),
                        new DataPointSql.Range(b, from, to)), List.of(),
                (id, day, count, sum, min, max) -> totals.add(name(id, a, b) + " " + count + " " + sum));

        assertEquals(1, statements.size(), "one statement: " + statements);
        assertEquals(2, statements.get(0).split("UNION ALL").length, "a and b share a branch, c has its own");
        assertEquals(List.of("A 1 1.0", "A 1 2.0", "B 1 10.0", "C 1 100.0", "C 1 200.0"),
                totals.stream().sorted().toList(), "b's point after the shared bound is left out, c's is not");
    }

    private static String name(int id, int a, int b) {
        return id == a ? "A" : id == b ? "B" : "C";
    }
}
