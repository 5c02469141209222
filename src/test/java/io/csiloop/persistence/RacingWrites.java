package io.csiloop.persistence;

import io.csiloop.kernel.ConcurrentChange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Writes that race: numbered writes on eight threads at once, a {@link ConcurrentChange} counting as a lost race. */
final class RacingWrites {

    private RacingWrites() {
    }

    /** Runs writes 1 to {@code count} at once and returns how many landed; any other failure fails the test. */
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
                won += result.get() ? 1 : 0;
            }
            return won;
        } finally {
            writers.shutdownNow();
        }
    }
}
