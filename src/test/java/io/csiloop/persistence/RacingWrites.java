package io.csiloop.persistence;

import io.csiloop.kernel.ConcurrentChange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Writes that race: numbered writes on eight threads at once, a {@link ConcurrentChange} counting as a lost race. */
final class RacingWrites {

    /** Far beyond a race's usual second: a write that takes longer is stuck, and the test fails instead of hanging. */
    private static final Duration WRITE_BOUND = Duration.ofSeconds(60);

    private RacingWrites() {
    }

    /**
     * Runs writes 1 to {@code count} at once and returns how many landed; any other failure, or a write that does not
     * finish within a minute, fails the test.
     */
    static int race(int count, IntConsumer write) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int number = i;
                results.add(writers.submit(() -> {
                    try {
                        write.accept(number);
                        return true;
                    } catch (ConcurrentChange lost) {
                        return false;
                    }
                }));
            }
            int won = 0;
            for (Future<Boolean> result : results) {
                // bounded: a write stuck on a lock nobody holds any more hung a whole build once (HSQLDB, 2026-12-07)
                won += result.get(WRITE_BOUND.toSeconds(), TimeUnit.SECONDS) ? 1 : 0;
            }
            return won;
        } finally {
            writers.shutdownNow();
        }
    }
}
