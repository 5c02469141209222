package io.csiloop.persistence.bench;

import java.util.Arrays;

/** Wall-clock timing for the harness. */
final class Timer {

    interface Work {
        void run() throws Exception;
    }

    private Timer() {
    }

    static long millis(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return Math.max(1, (System.nanoTime() - start) / 1_000_000);
    }

    static long median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
