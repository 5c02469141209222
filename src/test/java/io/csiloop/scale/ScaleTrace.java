package io.csiloop.scale;

import io.csiloop.host.ao.AoDatabase;
import io.csiloop.kpi.DayTotals;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.host.ao.SqlStatementCounter;
import io.csiloop.preview.Preview;
import io.csiloop.preview.PreviewConfig;
import io.csiloop.preview.PreviewStore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load harness's statement counts explained: loads a small scale data set (20,000 points unless given another
 * size) into an H2 file under target/scale-trace (or PostgreSQL where {@code AO_PG_URL} is set, emptied first), sends
 * each of {@link ScaleRequests}' reads once to warm and once traced, and prints every SQL statement the traced request
 * sent, grouped by its text, most frequent first. The issue pages are traced without and with the app's panels, so
 * the statements the panels add can be read off. A diagnostic, not a measurement: no timing. With
 * {@code -Dtrace.repeat=N} each request is first sent N times, for a profiler attached to the JVM to sample.
 */
public final class ScaleTrace {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScaleTrace() {
    }

    public static void main(String[] args) throws Exception {
        long points = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
        String filter = args.length > 1 ? args[1] : "";
        String url = System.getenv().getOrDefault("AO_PG_URL", "");
        AoDatabase database = url.isEmpty()
                ? AoDatabase.h2("jdbc:h2:file:" + Path.of("target/scale-trace").toAbsolutePath().resolve("db"))
                : new AoDatabase(url, System.getenv("AO_PG_USER"), System.getenv("AO_PG_PASSWORD"), "public");
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        ScaleDataSet set = ScaleDataSet.standard(points, now);
        ScaleGenerator generator = new ScaleGenerator(set, database.url(), database.username(), database.password());
        generator.reset();
        generator.issues();
        SqlStatementCounter counter = SqlStatementCounter.statementsOnly();
        PreviewStore store = new PreviewStore(database, counter, set.projectRefs());
        try (Preview preview = Preview.start(new PreviewConfig(0, database.url()), Clock.systemUTC(), store)) {
            List<ScaleMeasures.Generated> measures = generator.measures(preview.app());
            generator.points(measures);
            // as the harness does after each load: the first night's roll-forward, so that reads take the same path
            MeasurementDefinitions definitions = preview.app().get(MeasurementDefinitions.class);
            preview.app().get(DayTotals.class).rollForward(set.projectRefs().stream()
                    .flatMap(p -> definitions.ofProject(p.id()).stream()).toList(), now);
            ScaleRequests requests = new ScaleRequests(set, measures.get(ScaleHarness.HOT_MEASURE).id(),
                    new ScaleIssues(set), 0, 1);
            List<String> sql = Collections.synchronizedList(new ArrayList<>());
            counter.afterExecute(text -> sql.add(text == null ? "(plain statement)" : text));
            HttpClient client = HttpClient.newHttpClient();
            for (String panel : ScaleRequests.PANELS) {
                preview.disabledModules().disable(panel);
            }
            trace(client, preview, requests.issuePages(), sql, "without panels", filter);
            for (String panel : ScaleRequests.PANELS) {
                preview.disabledModules().enable(panel);
            }
            trace(client, preview, requests.issuePages(), sql, "with panels", filter);
            trace(client, preview, requests.reads(), sql, "", filter);
        }
    }

    private static void trace(HttpClient client, Preview preview, List<ScaleRequest> requests, List<String> sql,
                              String note, String filter) throws Exception {
        for (ScaleRequest request : requests) {
            if (!request.name().contains(filter)) {
                continue;
            }
            int repeat = Integer.getInteger("trace.repeat", 1);
            long wall = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            long clientCpu = THREADS.getCurrentThreadCpuTime();
            for (int warm = 0; warm < repeat; warm++) { // a profiler's samples
                client.send(request.build(preview.baseUrl(), 0), HttpResponse.BodyHandlers.discarding());
            }
            if (repeat > 1) { // what a request costs the JVM, the client's own thread apart
                System.out.printf("%n%s %s: %d requests one after the other, %.1f ms each; the JVM's CPU %.1f ms a request,"
                        + " of which the client's thread %.1f ms%n", request.name(), note, repeat,
                        (System.nanoTime() - wall) / 1e6 / repeat, (PROCESS.getProcessCpuTime() - cpu) / 1e6 / repeat,
                        (THREADS.getCurrentThreadCpuTime() - clientCpu) / 1e6 / repeat);
            }
            sql.clear();
            int status = client.send(request.build(preview.baseUrl(), 0), HttpResponse.BodyHandlers.discarding()).statusCode();
            Map<String, Integer> grouped = new TreeMap<>();
            synchronized (sql) {
                sql.forEach(text -> grouped.merge(text.replaceAll("\\s+", " "), 1, Integer::sum));
            }
            System.out.printf("%n### %s %s: %d statements, status %d%n", request.name(), note, sql.size(), status);
            grouped.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> System.out.printf("%5d  %s%n", e.getValue(),
                            e.getKey().length() > 400 ? e.getKey().substring(0, 400) + "…" : e.getKey()));
        }
    }
}
