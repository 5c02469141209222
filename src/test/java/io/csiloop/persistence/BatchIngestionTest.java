package io.csiloop.persistence;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.measure.DataPoint;

import java.sql.Connection;
import java.sql.Statement;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk ingestion on every database: a batch is all or nothing, and concurrent writers lose nothing. */
class BatchIngestionTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @AcrossDatabases
    void shouldLeaveNoneOfABatchWhoseWriteFailsHalfway(TestDatabase.Opened db) throws Exception {
        Store store = new Store(db.activeObjects());
        int id = store.define("MTTR").id();
        store.record(id, points(0, 10)); // an earlier batch, which must survive
        // the database refuses the value 2,500: the batch's 2,491st point, in its third chunk, after two were sent
        try (Connection jdbc = db.jdbc(); Statement ddl = jdbc.createStatement()) {
            ddl.execute("ALTER TABLE \"AO_E7FE69_DATA_POINT\" ADD CONSTRAINT FAULT_IN_CHUNK_3 CHECK (\"MEASURED_VALUE\" <> 2500)");
        }
        List<DataPoint> batch = points(10, AoDataPoints.CHUNK * 4);

        IllegalStateException fault = assertThrows(IllegalStateException.class, () -> store.record(id, batch));

        assertTrue(fault.getMessage().startsWith("could not write the data points of definition " + id), fault.getMessage());
        assertTrue(IntegrityViolation.causes(fault), "the check's violation, not a missing definition");
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
