package io.csiloop.persistence;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.NewDataPoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bulk ingestion on every database: a batch is all or nothing, and concurrent writers lose nothing. */
class BatchIngestionTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @AcrossDatabases
    void shouldLeaveNoneOfABatchWhoseWriteFailsHalfway(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        int id = store.define("MTTR").id();
        store.record(id, points(0, 10)); // an earlier batch, which must survive
        AoDataPoints failing = new AoDataPoints(FailingBatches.failingAt(3, db.activeObjects()),
                Clock.systemUTC(), store.zone);
        List<NewDataPoint> batch = points(10, AoDataPoints.CHUNK * 4).stream().map(NewDataPoint::of).toList();

        IllegalStateException fault = assertThrows(IllegalStateException.class, () -> failing.record(id, Store.MANUAL, batch));

        assertEquals("fault injected into bulk insert 3", fault.getMessage(), "two chunks were already written");
        assertEquals(10, store.points.count(id));
    }

    @AcrossDatabases
    void shouldCountEveryPointOfEightConcurrentWritersWithoutDeadlock(TestDatabase.Opened db) throws Exception {
        Store store = new Store(db.activeObjects());
        int id = store.define("MTTR").id();
        int writers = 8;
        int perWriter = 10_000;
        ExecutorService pool = Executors.newFixedThreadPool(writers, work -> {
            Thread thread = new Thread(work, "writer");
            thread.setDaemon(true); // a writer stuck in a deadlock must not keep the test JVM alive
            return thread;
        });
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    int written = 0;
                    for (int batch = 0; batch < 10; batch++) { // ten transactions each, interleaving with the others
                        int first = writer * perWriter + batch * perWriter / 10;
                        written += store.record(id, points(first, perWriter / 10));
                    }
                    return written;
                }));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            for (Future<Integer> writer : done) {
                // a deadlock fails here, after the timeout, instead of hanging the build
                assertEquals(perWriter, writer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(writers * perWriter, store.points.count(id));
    }

    private static List<DataPoint> points(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> new DataPoint(START.plusSeconds(60L * i), i)).toList();
    }
}
