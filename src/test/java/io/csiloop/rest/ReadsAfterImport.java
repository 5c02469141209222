package io.csiloop.rest;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reads a user can trigger after a large CSV import (docs/benchmarks.md, "Reads after a large import"): one
 * measure of an Improvement gets {@code rows} points (default 300,000, one a minute) through the REST import, then
 * one page of points, the KPI and the CSV export are read by a browse-only user and a stakeholder pack is produced
 * by an editor, each timed over HTTP through the whole stack (Jersey, the application, Active Objects, an H2 file
 * database). Prints the median and the spread of five rounds after one warm-up round.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.csiloop.rest.ReadsAfterImport [rows]}
 */
public final class ReadsAfterImport {

    private static final int ROUNDS = 5;
    private static final Instant FIRST = Instant.parse("2026-04-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Path dir = Files.createTempDirectory("csiloop-reads");
        try (RestWorld world = new RestWorld("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1", List.of())) {
            int id = world.repository(MeasurementDefinitions.class).create(FakeJira.PROJECT.id(),
                    new Ownership(FakeJira.IMPROVEMENT.id(), "seed"), new MeasurementDefinition("VOLUME", "Volume", null,
                            "%", Direction.HIGHER_IS_BETTER, 80.0, null, 5, 60.0, Aggregation.AVERAGE, PeriodUnit.MONTH,
                            MeasurementSource.MANUAL, null, null), "seed").id();
            String points = "projects/CSI/definitions/" + id + "/datapoints";
            long started = System.nanoTime();
            Api.Reply imported = world.api.as(Role.EDITOR).stream("POST", points + "/csv", CsvResource.TEXT_CSV,
                    HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(rows, row -> FIRST.plusSeconds(60L * row) + "," + (row % 97) * 0.5)));
            System.out.printf("import of %,d rows: %d in %.1f s%n", rows, imported.status(),
                    (System.nanoTime() - started) / 1e9);
            Api browse = world.api.as(Role.BROWSE_ONLY);
            Api editor = world.api.as(Role.EDITOR);
            time("one page of points (100)", () -> browse.get(points + "?from=2026-09-01T00:00:00Z&to=2026-11-01T00:00:00Z"
                    + "&start=40000&limit=100"));
            time("KPI", () -> browse.get("projects/CSI/definitions/" + id + "/kpi"));
            time("CSV export", () -> browse.get(points + "/csv"));
            // a cycle has one pack: the first request produces it, every later one answers it
            long producing = System.nanoTime();
            Api.Reply pack = editor.post("improvements/CSI-1/packs", null);
            System.out.printf("%-26s %d, %,d chars: %.3f s (once)%n", "stakeholder pack produced", pack.status(),
                    pack.body().length(), (System.nanoTime() - producing) / 1e9);
            time("stakeholder pack again", () -> editor.post("improvements/CSI-1/packs", null));
        }
    }

    private static void time(String what, Supplier<Api.Reply> read) {
        read.get(); // warm-up
        double[] seconds = new double[ROUNDS];
        int status = 0;
        long bytes = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            Api.Reply reply = read.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            status = reply.status();
            bytes = reply.body().length();
        }
        Arrays.sort(seconds);
        System.out.printf("%-26s %d, %,d chars: median %.3f s (%.3f to %.3f)%n", what, status, bytes,
                seconds[ROUNDS / 2], seconds[0], seconds[ROUNDS - 1]);
    }
}
