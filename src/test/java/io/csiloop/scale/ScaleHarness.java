package io.csiloop.scale;

import io.csiloop.host.ao.AoDatabase;
import io.csiloop.host.ao.SqlStatementCounter;
import io.csiloop.kpi.DayTotals;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.preview.Preview;
import io.csiloop.preview.PreviewConfig;
import io.csiloop.preview.PreviewStore;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 19's load harness: for each size, loads the scale data set ({@link ScaleDataSet}, {@link ScaleGenerator})
 * into an emptied database, starts the preview on it (the app's beans, REST and pages as in Jira, the pooled data
 * source wrapped by a {@link SqlStatementCounter}) and times every request of {@link ScaleRequests} over loopback
 * HTTP with 1 and with 8 concurrent users, the issue page once with the app's web panels disabled (as an
 * administrator disables modules in Jira) and once enabled. Prints one Markdown row per request, users and size, the
 * machine and its load average before and after. Bounded: each measurement stops after a count or a time.
 *
 * <p>PostgreSQL where {@code AO_PG_URL} (and {@code AO_PG_USER}, {@code AO_PG_PASSWORD}) is set, else an H2 file
 * under target/scale. Arguments: the sizes in data points, default {@code 1000000 10000000}. The database is emptied
 * first: point it at a scratch database.
 */
public final class ScaleHarness {

    /** The measure of project SCAA owned by SCAA-3, an Improvement collecting data: 5 % of all points. */
    static final int HOT_MEASURE = 2;
    /**
     * Unmeasured requests of each read before its measured ones. With 3, the first round (1,000,000 points) was still
     * warming the JVM's compiler: the same reads measured slower there than at 10,000,000 points in the round after.
     */
    static final int WARM_UPS = 10;
    /**
     * The issue pages are sent 5 times as often as the other reads: the bar compares their p95 with and without the
     * panels to 10 ms, they take a few milliseconds, and with 80 requests one collection pause moved a p95 by 15 ms.
     */
    static final int ISSUE_PAGE_SAMPLES = 5;
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    /**
     * How long every read is sent in turn before a round is measured, as a Jira that has served its users for a while
     * would have compiled them: with only the reads' own warm-ups, the JIT compiler was still busy 30 s into a run of
     * project pages (a fifth to a half of a core, JFR), and its work was counted in the latencies of the first round.
     */
    static final Duration SETTLE = Duration.ofSeconds(Long.getLong("harness.settle", 90));

    /** Held, because java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private ScaleHarness() {
    }

    public static void main(String[] args) throws Exception {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        List<Long> sizes = args.length == 0 ? List.of(1_000_000L, 10_000_000L)
                : java.util.Arrays.stream(args).map(Long::parseLong).toList();
        String url = System.getenv().getOrDefault("AO_PG_URL", "");
        AoDatabase database = url.isEmpty()
                ? AoDatabase.h2("jdbc:h2:file:" + Path.of("target/scale").toAbsolutePath().resolve("db"))
                : new AoDatabase(url, System.getenv("AO_PG_USER"), System.getenv("AO_PG_PASSWORD"), "public");
        Files.createDirectories(Path.of("target/scale"));
        System.out.printf("Machine: %d cores, %s, JDK %s, -Xmx%d MiB; database %s%nLoad average at the start: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, database.url(), loadAverage());
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        ScaleDataSet shape = ScaleDataSet.standard(0, now);
        ScaleGenerator generator = new ScaleGenerator(shape, database.url(), database.username(), database.password());
        generator.reset();
        generator.issues();
        SqlStatementCounter counter = SqlStatementCounter.statementsOnly();
        PreviewStore store = new PreviewStore(database, counter, shape.projectRefs());
        try (Preview preview = Preview.start(new PreviewConfig(0, database.url()), Clock.systemUTC(), store)) {
            List<ScaleMeasures.Generated> measures = generator.measures(preview.app());
            for (int round = 0; round < sizes.size(); round++) {
                ScaleDataSet set = ScaleDataSet.standard(sizes.get(round), now);
                System.out.printf("%n## %,d data points%n%nLoad average before: %s%n", set.points(), loadAverage());
                long loading = System.nanoTime();
                new ScaleGenerator(set, database.url(), database.username(), database.password()).points(measures);
                System.out.printf("  loaded in %.0f s; load average %s%n", (System.nanoTime() - loading) / 1e9, loadAverage());
                long rolling = System.nanoTime();
                // what the scheduled run does on its first night after an import: total the settled days
                MeasurementDefinitions definitions = preview.app().get(MeasurementDefinitions.class);
                int rolled = preview.app().get(DayTotals.class).rollForward(set.projectRefs().stream()
                        .flatMap(p -> definitions.ofProject(p.id()).stream()).toList(), now);
                System.out.printf("  day totals of %,d measures rolled forward in %.1f s%n%n", rolled,
                        (System.nanoTime() - rolling) / 1e9);
                ScaleRequests requests = new ScaleRequests(set, measures.get(HOT_MEASURE).id(), new ScaleIssues(set),
                        round, sizes.size());
                measureSettled(preview, new LoadRunner(preview.baseUrl(), counter), requests, set);
                System.out.printf("%nLoad average after: %s%n", loadAverage());
            }
        }
        System.out.printf("%nThe whole run took %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void measureSettled(Preview preview, LoadRunner runner, ScaleRequests requests, ScaleDataSet set)
            throws Exception {
        long compiling = JIT.getTotalCompilationTime();
        settle(runner, requests);
        System.out.printf("  every read in turn for %d s before measuring: %,d ms of JIT compilation%n%n",
                SETTLE.toSeconds(), JIT.getTotalCompilationTime() - compiling);
        compiling = JIT.getTotalCompilationTime();
        measureAll(runner, preview, requests, set);
        System.out.printf("%nJIT compilation while measuring: %,d ms%n", JIT.getTotalCompilationTime() - compiling);
    }

    private static void settle(LoadRunner runner, ScaleRequests requests) throws Exception {
        List<ScaleRequest> reads = new ArrayList<>(requests.issuePages());
        reads.addAll(requests.reads());
        for (long end = System.nanoTime() + SETTLE.toNanos(); System.nanoTime() < end; ) {
            for (ScaleRequest read : reads) {
                runner.warm(read, 1);
            }
        }
    }

    private static void measureAll(LoadRunner runner, Preview preview, ScaleRequests requests, ScaleDataSet set)
            throws Exception {
        System.out.println("| request | points | panels | users | requests | p50 ms | p95 ms | p99 ms | SQL per request | KiB allocated per request | status |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String panel : ScaleRequests.PANELS) {
            preview.disabledModules().disable(panel);
        }
        measure(runner, requests.issuePages(), set, "without");
        for (String panel : ScaleRequests.PANELS) {
            preview.disabledModules().enable(panel);
        }
        measure(runner, requests.issuePages(), set, "with");
        measure(runner, requests.reads(), set, "");
        measure(runner, List.of(requests.gatedTransition()), set, "");
        measure(runner, List.of(requests.packs()), set, "");
    }

    private static void measure(LoadRunner runner, List<ScaleRequest> requests, ScaleDataSet set, String panels)
            throws Exception {
        for (ScaleRequest request : requests) {
            boolean writes = request.method().equals("POST");
            runner.warm(request, writes ? 1 : WARM_UPS);
            for (int users : new int[] {1, 8}) {
                int reads = (users == 1 ? 20 : 80) * (panels.isEmpty() ? 1 : ISSUE_PAGE_SAMPLES);
                int count = writes ? (request.name().contains("pack") ? 3 * users : 5 * users) : reads;
                Latencies l = runner.run(request, users, count, Duration.ofSeconds(writes ? 60 : 20));
                System.out.printf("| %s | %,d | %s | %d | %d | %.0f | %.0f | %.0f | %s | %s | %s |%n", request.name(),
                        set.points(), panels, users, l.count(), l.percentile(50), l.percentile(95), l.percentile(99),
                        users == 1 ? String.format("%.1f", l.statementsPerRequest()) : "",
                        users == 1 ? String.format("%,.0f", l.kibPerRequest()) : "", l.statusCodes());
            }
        }
    }

    /** The first three fields of {@code /proc/loadavg} (1, 5 and 15 minutes), or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
