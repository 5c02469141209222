package io.csiloop.application.automation;

import io.csiloop.host.ao.TestDatabase;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectRef;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Benchmark of one full run of the scheduled job over 1,000 monthly definitions in 10 projects, on H2 (and on
 * PostgreSQL where {@code AO_PG_URL} is set), with Jira's search and issue creation faked in memory: what is timed is
 * the app's own work and its database, not Jira's index. Results go to docs/benchmarks.md ("Scheduled job"); no test
 * asserts a time.
 *
 * <p>The definitions: 600 entered by hand (average of daily values), 250 JQL counts (summed) and 150 JQL durations
 * (median, 20 resolved issues a month each) with a backfill of 12 months; 100 of the hand-fed ones are off target
 * and raise an Improvement after 3 periods. Three runs are timed on a fresh database: the first (12 months of
 * backfill for every JQL measure and 3 months for the others), the next month's (one period each), and a run
 * again within that month (nothing due). Each scenario is repeated on new databases; the JVM is warm after the
 * first round, whose figures are reported apart. Wall time and the run's own CPU time (H2 runs in the same thread;
 * PostgreSQL's work is in its server) are both printed: on a shared machine the CPU time is the steadier figure.
 *
 * <p>Run: {@code mvn -B test-compile exec:exec -Dexec.args="-cp %classpath io.csiloop.application.automation.AutomationRunBench"}
 */
public final class AutomationRunBench {

    private static final int PROJECTS = 10;
    private static final int ROUNDS = 4;

    private AutomationRunBench() {
    }

    public static void main(String[] args) {
        List<TestDatabase> databases = new ArrayList<>(List.of(TestDatabase.H2));
        String pg = System.getenv("AO_PG_URL");
        if (pg != null && !pg.isBlank()) {
            databases.add(TestDatabase.POSTGRESQL);
        }
        System.out.printf("%-10s %-5s %-19s %8s %8s %8s %8s %7s%n", "database", "round", "run", "wall ms", "cpu ms",
                "SQL", "periods", "raised");
        for (TestDatabase database : databases) {
            for (int round = 1; round <= ROUNDS; round++) {
                try (TestDatabase.Opened db = database.open()) {
                    measureRound(database, round, db);
                }
            }
        }
    }

    private static void measureRound(TestDatabase database, int round, TestDatabase.Opened db) {
        List<ProjectRef> projects = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            projects.add(new ProjectRef(20_000L + p, "P" + p, "Project " + p));
        }
        World world = new World(db.activeObjects(), projects);
        seed(world, projects);
        world.allowRaising();
        timed(database, round, "first (backfill)", db, () -> world.run.run(RunScope.GLOBAL));
        world.clock.set(Instant.parse("2026-12-16T09:00:00Z"));
        nextMonth(world, projects);
        timed(database, round, "next month", db, () -> world.run.run(RunScope.GLOBAL));
        world.clock.advance(Duration.ofDays(1));
        timed(database, round, "again, nothing due", db, () -> world.run.run(RunScope.GLOBAL));
    }

    private static void timed(TestDatabase database, int round, String name, TestDatabase.Opened db,
            Supplier<RunSummary> run) {
        db.statements().reset();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        RunSummary summary = run.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        if (summary.failures() > 0 || summary.definitions() != 1_000) {
            throw new IllegalStateException("the run did not do what the benchmark expects: " + summary.describe());
        }
        System.out.printf(Locale.ROOT, "%-10s %-5d %-19s %8d %8d %8d %8d %7d%n", database, round, name, millis,
                cpuMillis, db.statements().count(), summary.periodsCompleted(), summary.issuesRaised());
    }

    /** 1,000 definitions, 100 per project, with the data and the issues each kind needs. */
    private static void seed(World world, List<ProjectRef> projects) {
        for (ProjectRef project : projects) {
            for (int i = 0; i < 100; i++) {
                String key = "M" + i;
                if (i < 60) {
                    boolean offTarget = i < 10;
                    StoredDefinition manual = world.define(project.id(), key, MeasurementSource.MANUAL, d -> d);
                    recordDaily(world, manual, Instant.parse("2026-08-01T12:00:00Z"), 92, offTarget ? 60 : 85);
                    if (offTarget) {
                        world.automations.save(new DefinitionAutomation(manual.id(), project.id(), null,
                                new RaisePolicy(true, 3, false), 1, World.ADMIN), world.clock.instant());
                    }
                } else if (i < 85) {
                    StoredDefinition count = world.define(project.id(), key, MeasurementSource.JQL_COUNT, d -> {
                        d.aggregation = Aggregation.SUM;
                        return d;
                    });
                    world.collect(count, "project = " + project.key() + " AND component = C" + i,
                            CollectedMeasure.CREATED_COUNT, null, RaisePolicy.NEVER, 12);
                } else {
                    StoredDefinition time = world.define(project.id(), key, MeasurementSource.JQL_DURATION, d -> {
                        d.aggregation = Aggregation.MEDIAN;
                        d.direction = Direction.LOWER_IS_BETTER;
                        d.target = 48.0;
                        return d;
                    });
                    String jql = "project = " + project.key() + " AND component = C" + i;
                    world.collect(time, jql, CollectedMeasure.CREATED_TO_RESOLVED, DurationUnit.HOURS,
                            RaisePolicy.NEVER, 12);
                    issues(world, jql, Instant.parse("2025-11-01T12:00:00Z"), 14);
                }
            }
        }
    }

    /** Daily values from {@code from}, one a day for {@code days} days. */
    private static void recordDaily(World world, StoredDefinition definition, Instant from, int days, double value) {
        List<NewDataPoint> points = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            points.add(NewDataPoint.of(new DataPoint(from.plus(Duration.ofDays(d)), value + d % 7)));
        }
        world.points.record(definition.id(), new Provenance(MeasurementSource.MANUAL, World.ADMIN, 1), points);
    }

    /** 20 issues a month resolved 1 to 4 days after creation, for {@code months} months. */
    private static void issues(World world, String jql, Instant from, int months) {
        for (int m = 0; m < months; m++) {
            for (int i = 0; i < 20; i++) {
                Instant created = from.plus(Duration.ofDays(30L * m + i));
                world.search.add(jql, created, created.plus(Duration.ofHours(24L + 4L * i)));
            }
        }
    }

    /** November's hand-fed values, entered in December. */
    private static void nextMonth(World world, List<ProjectRef> projects) {
        for (ProjectRef project : projects) {
            for (StoredDefinition d : world.definitions.ofProject(project.id())) {
                if (d.definition().source() == MeasurementSource.MANUAL) {
                    recordDaily(world, d, Instant.parse("2026-11-01T12:00:00Z"), 30, 80);
                }
            }
        }
    }
}
