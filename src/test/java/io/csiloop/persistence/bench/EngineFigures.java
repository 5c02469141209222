package io.csiloop.persistence.bench;

import io.csiloop.kpi.bench.KpiBench;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

/**
 * The KPI engine's figures in the persistence harness's run, beside ingestion and aggregation (issue 19 asks for
 * them side by side): {@link KpiBench} run through JMH with the options docs/benchmarks.md gives for it, one row per
 * benchmark, aggregation and {@link KpiBench.Memory} with the points per CPU-second of the benchmark thread (its
 * {@code points} over its {@code cpuNanos}) and JMH's wall-clock score. JMH forks its own JVM with this JVM's class path.
 */
final class EngineFigures {

    private EngineFigures() {
    }

    static void report() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(KpiBench.class.getName())
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2)).build()).run();
        for (RunResult run : results) {
            Result<?> points = run.getSecondaryResults().get("points");
            Result<?> cpuNanos = run.getSecondaryResults().get("cpuNanos");
            String benchmark = run.getParams().getBenchmark();
            System.out.printf("| KPI engine | %s, %s, %s | %.1f M points per CPU-second | wall clock %.1f M points/s |%n",
                    benchmark.substring(benchmark.lastIndexOf('.') + 1), run.getParams().getParam("aggregation"),
                    run.getParams().getParam("memory"),
                    points.getScore() / cpuNanos.getScore() * 1e3, run.getPrimaryResult().getScore() / 1e6);
        }
    }
}
