package io.csiloop.rest;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.host.ao.AoDatabase;
import io.csiloop.host.ao.EntityManagerActiveObjects;
import io.csiloop.host.rest.StoreBeans;
import io.csiloop.kernel.EnglishMessages;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.VerdictReason;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import net.java.ao.EntityManager;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The verdict at the change of a measure with a million data points under a 64 MiB heap (docs/benchmarks.md, "The
 * verdict at the change"). Stores the points in an H2 file database through the REST CSV import, as
 * {@link ReadsAfterImport} does, in this JVM; then starts a second JVM with {@code -Xmx64m} that reads the verdict
 * through the application service ({@link ChangeVerdicts}: period values from the database's aggregates) and prints
 * the time of one warm-up and five rounds, the heap's peak and the verdict, or that it ran out of memory.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.csiloop.rest.VerdictAtScale
 * [points]}
 */
public final class VerdictAtScale {

    private static final int ROUNDS = 5;
    /** One a minute from here: a million points reach late October 2026, before {@link RestWorld#NOW}. */
    private static final Instant FIRST = Instant.parse("2024-12-01T00:00:00Z");
    /** Mid-December 2025, about twelve months in: before it the values sit about 62, after it about 78. */
    private static final Instant GO_LIVE = Instant.parse("2025-12-15T09:00:00Z");

    private VerdictAtScale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("verdict")) {
            verdict(args[1], Integer.parseInt(args[2]));
            return;
        }
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("csiloop-verdict");
        String url = "jdbc:h2:file:" + dir.resolve("db");
        int id;
        try (RestWorld world = new RestWorld(url + ";DB_CLOSE_DELAY=-1", List.of())) {
            id = world.repository(MeasurementDefinitions.class).create(FakeJira.PROJECT.id(),
                    new Ownership(FakeJira.IMPROVEMENT.id(), "seed"), new MeasurementDefinition("FCR",
                            "First-contact resolution", null, "%", Direction.HIGHER_IS_BETTER, 75.0, null, 2, 60.0,
                            Aggregation.AVERAGE, PeriodUnit.MONTH, MeasurementSource.MANUAL, null, null), "seed").id();
            long started = System.nanoTime();
            Api.Reply imported = world.api.as(Role.EDITOR).stream("POST", "projects/CSI/definitions/" + id
                    + "/datapoints/csv", CsvResource.TEXT_CSV, HttpRequest.BodyPublishers.ofInputStream(
                            () -> new GeneratedCsv(points, VerdictAtScale::row)));
            System.out.printf("import of %,d points: %d in %.1f s%n", points, imported.status(),
                    (System.nanoTime() - started) / 1e9);
            if (imported.status() != 200) {
                System.out.println(imported.body());
                System.exit(1);
            }
        }
        Process verdict = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), VerdictAtScale.class.getName(), "verdict",
                url, Integer.toString(id)).inheritIO().start();
        int exit = verdict.waitFor();
        System.out.println("the -Xmx64m JVM ended with exit code " + exit);
        System.exit(exit);
    }

    /** In the -Xmx64m JVM: the verdict through the application service over the stored points. */
    private static void verdict(String url, int id) {
        System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        EntityManager manager = AoDatabase.h2(url).entityManager();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        StoreBeans store = StoreBeans.over(new EntityManagerActiveObjects(manager), Clock.fixed(RestWorld.NOW, berlin),
                new ReportingZone(berlin));
        StoredDefinition measure = bean(store, MeasurementDefinitions.class).find(id).orElseThrow();
        ChangeVerdicts verdicts = new ChangeVerdicts(bean(store, PeriodAggregates.class), (measures, moment) ->
                Map.of(id, new ProcessChanges(List.of(new GoLive("CSI-1", 1, GO_LIVE, true)), List.of())),
                Clock.fixed(RestWorld.NOW, berlin), new ReportingZone(berlin));
        try {
            ChangeVerdict verdict = verdicts.of(measure, 1);
            double[] seconds = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                verdict = verdicts.of(measure, 1);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            System.out.printf("verdict: median %.3f s (%.3f to %.3f) over %d rounds after one warm-up%n",
                    seconds[ROUNDS / 2], seconds[0], seconds[ROUNDS - 1], ROUNDS);
            System.out.printf("no OutOfMemoryError; heap peaks: %s%n", heapPeaks());
            System.out.printf("%d periods before, %d after: %s%n", verdict.before().size(), verdict.after().size(),
                    VerdictReason.in(verdict.reasons(), new EnglishMessages()));
        } catch (OutOfMemoryError e) {
            System.out.println("OutOfMemoryError: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Each heap pool's peak, in MiB: the pools peak at different moments, so they are not added up. */
    private static String heapPeaks() {
        return String.join(", ", ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(p -> String.format("%s %.1f MiB", p.getName(), p.getPeakUsage().getUsed() / 1048576.0)).toList());
    }

    private static <T> T bean(StoreBeans store, Class<T> type) {
        return store.beans().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** One a minute from {@link #FIRST}: about 62 before the go-live, about 78 after it. */
    private static String row(int index) {
        Instant observed = FIRST.plusSeconds(60L * index);
        return observed + "," + ((observed.isBefore(GO_LIVE) ? 62 : 78) + (index % 97 - 48) * 0.25);
    }
}
