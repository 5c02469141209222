package io.csiloop.kpi.bench;

import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The KPI engine's throughput: data points streamed into daily KPI values and rated, for one
 * definition over 1,000,000 points and for 1,000 definitions of 1,000 points each.
 *
 * <p>Every benchmark method handles 1,000,000 points and declares it with
 * {@link OperationsPerInvocation}, so JMH's "ops" are data points: the score is points per second and
 * {@code gc.alloc.rate.norm} is bytes allocated per point. The points themselves are built in setup,
 * so their own allocation is not counted; {@link Memory} says how they lie in memory when the engine reads them.
 * Results and the command that reproduces them: {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KpiBench {

    static final int POINTS = 1_000_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    /**
     * How the points lie in memory when the engine reads them. The app hands the engine the points storage has just
     * read, a page at a time ({@code TimeOrderedPages}): objects allocated one after the other, in the order they are
     * read. {@code FRESH} copies the setup's points so before every invocation. {@code HELD} keeps the setup's
     * points for the whole run: the collector moves them, and after G1 has, the engine waits on memory for most
     * points, as if they were out of their order (docs/benchmarks.md, "KPI engine").
     */
    public enum Memory { FRESH, HELD }

    /** One measure with a point a minute: about 694 days of 1,440 points each. */
    @State(Scope.Benchmark)
    public static class OneDefinition {
        @Param({"AVERAGE", "P90"})
        public Aggregation aggregation;
        @Param({"FRESH", "HELD"})
        public Memory memory;
        MeasurementDefinition definition;
        List<DataPoint> points;

        @Setup
        public void setUp() {
            definition = definition(aggregation);
            points = series(new Random(1), POINTS, 60);
        }

        @Setup(Level.Invocation)
        public void handOver() {
            if (memory == Memory.FRESH) {
                points = copy(points);
            }
        }
    }

    /** A thousand measures with a point every four hours: 1,000 points over about 167 days each. */
    @State(Scope.Benchmark)
    public static class ThousandDefinitions {
        @Param({"AVERAGE", "P90"})
        public Aggregation aggregation;
        @Param({"FRESH", "HELD"})
        public Memory memory;
        List<MeasurementDefinition> definitions = new ArrayList<>();
        List<List<DataPoint>> points = new ArrayList<>();

        @Setup
        public void setUp() {
            Random random = new Random(2);
            for (int i = 0; i < 1_000; i++) {
                definitions.add(definition(aggregation));
                points.add(series(random, POINTS / 1_000, 4 * 3600));
            }
        }

        @Setup(Level.Invocation)
        public void handOver() {
            if (memory == Memory.FRESH) {
                points.replaceAll(KpiBench::copy);
            }
        }
    }

    /**
     * The benchmark thread's own CPU time, beside JMH's wall-clock score: on a shared machine the wall
     * clock also counts the time other processes held the core, so {@code points / cpuNanos} is the
     * better guide to points per second per core. JMH prints both counters per iteration.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuNanos;
        public long points;
        private long startedAt;

        @Setup(Level.Iteration)
        public void clear() {
            cpuNanos = 0;
            points = 0;
        }

        void start() {
            startedAt = THREADS.getCurrentThreadCpuTime();
        }

        void stop() {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - startedAt;
            points += POINTS;
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void oneDefinitionOfAMillionPoints(OneDefinition state, CpuTime cpu, Blackhole hole) {
        cpu.start();
        rate(state.definition, state.points, hole);
        cpu.stop();
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void thousandDefinitionsOfAThousandPoints(ThousandDefinitions state, CpuTime cpu, Blackhole hole) {
        cpu.start();
        for (int i = 0; i < state.definitions.size(); i++) {
            rate(state.definitions.get(i), state.points.get(i), hole);
        }
        cpu.stop();
    }

    private static void rate(MeasurementDefinition definition, List<DataPoint> points, Blackhole hole) {
        KpiStream values = KpiStream.of(points, definition, ZONE);
        while (values.hasNext()) {
            KpiValue value = values.next();
            hole.consume(KpiStatus.of(definition, value));
            hole.consume(value);
        }
    }

    private static MeasurementDefinition definition(Aggregation aggregation) {
        DefinitionDraft draft = DefinitionDraft.lowerIsBetter(4, 1);
        draft.aggregation = aggregation;
        draft.period = PeriodUnit.DAY;
        return draft.build();
    }

    /** New points with new instants, allocated in the list's order, as a page read from storage is. */
    private static List<DataPoint> copy(List<DataPoint> points) {
        List<DataPoint> copy = new ArrayList<>(points.size());
        for (DataPoint p : points) {
            Instant at = p.observedAt();
            copy.add(new DataPoint(Instant.ofEpochSecond(at.getEpochSecond(), at.getNano()), p.value()));
        }
        return copy;
    }

    private static List<DataPoint> series(Random random, int count, int secondsApart) {
        List<DataPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(new DataPoint(START.plusSeconds((long) secondsApart * i), 2 + 4 * random.nextDouble()));
        }
        return points;
    }
}
