package io.csiloop.persistence.bench;

import io.csiloop.host.ao.TestDatabase;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.StoredDefinition;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the store against plain JDBC on H2 and PostgreSQL: ingesting 1,000,000 data points, the period
 * aggregates of 1,000 definitions, and the SQL statements of a project scorecard read. Prints Markdown rows
 * for docs/benchmarks.md, and then the KPI engine's figures in the same run ({@link EngineFigures}). Arguments: the
 * databases ({@code H2}, {@code POSTGRESQL}); by default H2, and PostgreSQL too where {@code AO_PG_URL} is set.
 */
public final class PersistenceBenchmark {

    static final int POINTS = Integer.getInteger("bench.points", 1_000_000);
    static final int BATCH = 10_000;
    static final int WARM_UP = Math.min(200_000, POINTS / 5);
    static final int DEFINITIONS = 1_000;
    static final int REPEATS = 5;
    /**
     * Rounds of the aggregation before the timed ones. Two were too few: round by round on PostgreSQL the repository
     * took 977, 568, 616, 476, 455 ms and settled near 250 to 370 ms from the tenth on, while the raw read (a loop over
     * a result set) held 260 to 460 ms from the start; the timed rounds measured the repository's code being compiled.
     */
    static final int WARM_UP_ROUNDS = 10;
    static final int ROUNDS = 3;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<TestDatabase> databases = args.length > 0 ? Arrays.stream(args).map(TestDatabase::valueOf).toList()
                : Arrays.stream(new TestDatabase[] {TestDatabase.H2, TestDatabase.POSTGRESQL}).filter(TestDatabase::isConfigured).toList();
        System.out.printf("%s, %d cores, JDK %s, max heap %d MB%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        for (TestDatabase database : databases) {
            try (TestDatabase.Opened db = database.openUncounted()) {
                ingestion(db);
            }
            try (TestDatabase.Opened db = database.openUncounted()) {
                WritePaths.report(db);
            }
            try (TestDatabase.Opened db = database.openUncounted()) {
                aggregation(db);
            }
            try (TestDatabase.Opened db = database.open()) {
                ScorecardStatements.report(db);
            }
        }
        EngineFigures.report();
    }

    /**
     * 1,000,000 points through the repository and through raw JDBC, each into the emptied table, in rounds that
     * alternate which goes first (the machine is shared: the median of the rounds is reported).
     */
    private static void ingestion(TestDatabase.Opened db) throws Exception {
        Repositories store = new Repositories(db.activeObjects());
        int id = store.define(1, 1).get(0).id();
        List<DataPoint> points = Workload.points(POINTS, 42);
        try (Connection c = db.jdbc()) {
            store.record(id, points.subList(0, WARM_UP), BATCH); // warm-up of both paths, not measured
            rawInsert(c, id, points.subList(0, WARM_UP), store);
            long[] repository = new long[ROUNDS];
            long[] raw = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (boolean repositoryTurn : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    RawJdbc.clear(c);
                    if (repositoryTurn) {
                        repository[round] = Timer.millis(() -> store.record(id, points, BATCH));
                    } else {
                        raw[round] = Timer.millis(() -> rawInsert(c, id, points, store));
                    }
                }
            }
            RawJdbc.clear(c);
            long repo = Timer.median(repository);
            long jdbc = Timer.median(raw);
            System.out.printf("| %s | ingest %,d points in batches of %,d | repository %,d ms = %,d points/s | raw JDBC %,d ms = %,d points/s | repository/raw throughput %.2f | rounds: repository %s, raw %s |%n",
                    db.kind(), POINTS, BATCH, repo, POINTS * 1000L / repo, jdbc, POINTS * 1000L / jdbc, (double) jdbc / repo,
                    Arrays.toString(repository), Arrays.toString(raw));
        }
    }

    private static void rawInsert(Connection c, int id, List<DataPoint> points, Repositories store) throws Exception {
        for (int start = 0; start < points.size(); start += BATCH) {
            RawJdbc.insert(c, id, points.subList(start, Math.min(points.size(), start + BATCH)), store.zone, RawJdbc.CHUNK);
        }
    }

    /**
     * The period values of 1,000 definitions of 1,000 points each through the repository, the same day totals
     * by one raw GROUP BY, and (for scale) the same definitions by median, which only streaming computes. Each
     * run asks for a range one millisecond longer than the run before: H2 returns a cached result for a
     * repeated query with repeated parameters, which would time the cache, not the query.
     */
    private static void aggregation(TestDatabase.Opened db) throws Exception {
        Repositories store = new Repositories(db.activeObjects());
        List<StoredDefinition> defined = store.define(1, DEFINITIONS);
        for (StoredDefinition d : defined) {
            store.record(d.id(), Workload.points(POINTS / DEFINITIONS, d.id()), BATCH);
        }
        List<Integer> ids = defined.stream().map(StoredDefinition::id).toList();
        try (Connection c = db.jdbc()) {
            settle(c, db);
            long[] repository = new long[REPEATS];
            long[] raw = new long[REPEATS];
            int[] periods = new int[1];
            for (int i = -WARM_UP_ROUNDS; i < REPEATS; i++) { // warm-up, then rounds that alternate which goes first
                Instant to = Workload.TO.plusMillis(i + WARM_UP_ROUNDS);
                long[] repo = new long[1];
                long[] jdbc = new long[1];
                Timer.Work ours = () -> repo[0] = Timer.millis(() -> periods[0] = store.aggregates.of(defined, Workload.FROM,
                        to, Workload.ZONE).values().stream().mapToInt(List::size).sum());
                Timer.Work theirs = () -> jdbc[0] = Timer.millis(() -> RawJdbc.dayTotals(c, ids, Workload.FROM,
                        to.plusMillis(REPEATS + WARM_UP_ROUNDS)));
                (i % 2 == 0 ? ours : theirs).run();
                (i % 2 == 0 ? theirs : ours).run();
                if (i >= 0) {
                    repository[i] = repo[0];
                    raw[i] = jdbc[0];
                }
            }
            List<StoredDefinition> medians = defined.stream().map(PersistenceBenchmark::asMedian).toList();
            long streamed = Timer.millis(() -> store.aggregates.of(medians, Workload.FROM, Workload.TO, Workload.ZONE));
            // what the scheduled run does once the days have settled; then the same read from the day totals
            long rolling = Timer.millis(() -> store.dayTotals.rollForward(defined, Workload.TO.plus(Duration.ofDays(2))));
            long[] totalled = new long[REPEATS];
            for (int i = -WARM_UP_ROUNDS; i < REPEATS; i++) {
                Instant to = Workload.TO.plusMillis(i + WARM_UP_ROUNDS);
                long t = Timer.millis(() -> store.aggregates.of(defined, Workload.FROM, to, Workload.ZONE));
                if (i >= 0) {
                    totalled[i] = t;
                }
            }
            System.out.printf("| %s | period values of %,d definitions (%,d points, %,d periods) | repository %,d ms | raw GROUP BY %,d ms | repository/raw time %.2f | medians of %d; the same by median (streamed): %,d ms | after a roll-forward of the day totals (%,d ms): %,d ms, %.2f of raw |%n",
                    db.kind(), DEFINITIONS, POINTS, periods[0], Timer.median(repository), Timer.median(raw),
                    (double) Timer.median(repository) / Timer.median(raw), REPEATS, streamed, rolling,
                    Timer.median(totalled), (double) Timer.median(totalled) / Timer.median(raw));
        }
    }

    /**
     * Lets the database settle after the load, as autovacuum would soon after it on a live system: on PostgreSQL a
     * vacuum (which also lets the covering index answer without visiting the table) and fresh statistics, on H2 fresh
     * statistics. Otherwise autovacuum starts on its own during the timed reads, and whichever read it overlaps pays.
     */
    private static void settle(Connection c, TestDatabase.Opened db) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(db.kind() == TestDatabase.POSTGRESQL ? "VACUUM ANALYZE " + RawJdbc.TABLE : "ANALYZE");
        }
    }

    /** The same stored definition aggregated by median, which only streaming can compute. */
    private static StoredDefinition asMedian(StoredDefinition d) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = d.definition().key();
        draft.aggregation = Aggregation.MEDIAN;
        draft.period = d.definition().period();
        return new StoredDefinition(d.id(), d.projectId(), d.ownership(), draft.build(), d.version(), d.createdAt(), d.updatedAt());
    }
}
