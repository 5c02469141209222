package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;
import io.csiloop.persistence.entity.PackSnapshotEntity;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ten producers storing the pack of one cycle at once: the database lets one through and refuses the others as a
 * concurrent change, after which they find the winner's pack as the cycle's.
 */
class PackRaceTest {

    private static final long ISSUE = 40_600L;
    private static final long PARKED_WITHIN_MILLIS = 1_500;
    private static final long HANG_SECONDS = 20;

    @AcrossDatabases
    void tenPacksOfOneCycleAtOnceStoreOne(ActiveObjects ao) throws Exception {
        new Store(ao); // migrates the tables
        PackSnapshots packs = new AoPackSnapshots(ao);

        List<Optional<StoredPack>> stored = CycleRaceTest.race(10, () -> store(packs));

        List<StoredPack> winners = stored.stream().flatMap(Optional::stream).toList();
        assertEquals(1, winners.size(), stored.toString());
        assertEquals(1, ao.count(PackSnapshotEntity.class));
        assertEquals(Optional.of(winners.get(0)), packs.ofCycle(ISSUE, 2));
        assertEquals(Optional.empty(), packs.ofCycle(ISSUE, 1));
    }

    /**
     * The interleaving a barrier only sometimes hits: a second producer arrives after each insert of the first,
     * which waits until the second has parked (on HSQLDB inside AO's synchronized insert) before it goes on. With
     * the claim first and the pack's row second, the first producer then waited for the lock the parked second held,
     * and this test hung until its timeout on HSQLDB; with the claim last it has nothing left to insert.
     */
    @AcrossDatabases
    void aProducerArrivingBetweenTheInsertsOfAnotherLetsItFinish(TestDatabase.Opened db) throws Exception {
        new Store(db.activeObjects()); // migrates the tables
        PackSnapshots packs = new AoPackSnapshots(db.activeObjects());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch arrive = new CountDownLatch(1);
        Thread[] second = new Thread[1];
        Thread[] first = new Thread[1];
        try {
            Future<Optional<StoredPack>> late = threads.submit(() -> {
                second[0] = Thread.currentThread();
                ready.countDown();
                arrive.await();
                return store(packs);
            });
            ready.await();
            db.statements().afterExecute(sql -> {
                if (Thread.currentThread() == first[0] && sql != null && sql.strip().toUpperCase().startsWith("INSERT")) {
                    arrive.countDown();
                    awaitParkedOrDone(second[0], late);
                }
            });
            Future<Optional<StoredPack>> early = threads.submit(() -> {
                first[0] = Thread.currentThread();
                return store(packs);
            });

            List<Optional<StoredPack>> stored = List.of(early.get(HANG_SECONDS, TimeUnit.SECONDS),
                    late.get(HANG_SECONDS, TimeUnit.SECONDS));

            assertEquals(1, stored.stream().flatMap(Optional::stream).count(), stored.toString());
            assertEquals(1, db.activeObjects().count(PackSnapshotEntity.class));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Waits until the thread waits for something (a lock, the database) or its work is done, at most briefly. */
    private static void awaitParkedOrDone(Thread thread, Future<?> work) {
        long until = System.currentTimeMillis() + PARKED_WITHIN_MILLIS;
        try {
            Thread.sleep(100); // let it leave the latch it waited on
            while (System.currentTimeMillis() < until && !work.isDone()
                    && thread.getState() == Thread.State.RUNNABLE) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<StoredPack> store(PackSnapshots packs) {
        try {
            return Optional.of(packs.inTransaction(() -> packs.insert(ISSUE, Store.PROJECT, 2, Store.ALICE,
                    Store.NOW, "<p>pack</p>", "kpi\n", "source")));
        } catch (ConcurrentChange lost) {
            return Optional.empty();
        }
    }

    @AcrossDatabases
    void theNextCycleHasAPackOfItsOwn(ActiveObjects ao) {
        new Store(ao); // migrates the tables
        PackSnapshots packs = new AoPackSnapshots(ao);
        StoredPack first = packs.inTransaction(() -> packs.insert(ISSUE, Store.PROJECT, 1, Store.ALICE, Store.NOW,
                "<p>1</p>", "1\n", "source"));
        StoredPack second = packs.inTransaction(() -> packs.insert(ISSUE, Store.PROJECT, 2, Store.ALICE, Store.NOW,
                "<p>2</p>", "2\n", "source"));

        assertEquals(List.of(second, first), packs.ofIssue(ISSUE));
        assertEquals(Optional.of(first), packs.ofCycle(ISSUE, 1));
    }
}
