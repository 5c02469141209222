package io.csiloop.application.automation;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.EntityManagerActiveObjects;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes running the job at once, as two threads with connection pools of their own over one database: with the
 * cluster lock one goes through and the other skips the project cleanly; without it (two runs of different scopes),
 * the ledger's unique key still lets each period be stored once.
 *
 * <p>Each node has its own Active Objects, as nodes do: Active Objects' HSQLDB provider serialises inserts on one
 * monitor, which two threads sharing it would hold across HSQLDB's table locks and deadlock on.
 */
class ClusterRaceTest {

    private static final long WAIT_SECONDS = 30;

    @AcrossDatabases
    void theLockLetsOneNodeThroughAndTheOtherSkipsTheProject(TestDatabase.Opened db) throws Exception {
        World first = new World(db.activeObjects());
        StoredDefinition definition = AutomationRunTest.incidents(first);
        SecondNode own = new SecondNode(db, first, true);
        World second = own.world;
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        first.search.beforeSearch = () -> {
            firstInside.countDown();
            await(secondDone);
        };
        ExecutorService node = Executors.newSingleThreadExecutor();
        try (own) {
            Future<RunSummary> running = node.submit(() -> first.run.run(RunScope.GLOBAL));
            assertTrue(firstInside.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first node should be collecting");

            RunSummary skipped = second.run.run(RunScope.GLOBAL);
            secondDone.countDown();
            RunSummary done = running.get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertEquals(new RunSummary(0, 1, 0, 0, 0, 0, java.util.List.of()), skipped);
            assertEquals(2, done.periodsCompleted(), done.describe());
            assertEquals(2, first.snapshots.history(definition.id()).size());
            assertEquals(2, first.points.count(definition.id()));
            assertFalse(first.locks.isHeld(RunScope.lockName(World.PROJECT)), "the lock is released after the run");
        } finally {
            node.shutdownNow();
        }
    }

    @AcrossDatabases
    void withoutTheLockTheLedgerKeyStillStoresEachPeriodOnce(TestDatabase.Opened db) throws Exception {
        World first = new World(db.activeObjects());
        StoredDefinition definition = AutomationRunTest.incidents(first);
        SecondNode own = new SecondNode(db, first, false);
        World second = own.world;
        CyclicBarrier bothCollected = new CyclicBarrier(2);
        ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
        first.search.beforeSearch = () -> {
            if (!waited.get()) {
                waited.set(true);
                await(bothCollected);
            }
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try (own) {
            CompletableFuture<RunSummary> one = CompletableFuture.supplyAsync(() -> first.run.run(RunScope.GLOBAL), nodes);
            CompletableFuture<RunSummary> two = CompletableFuture.supplyAsync(
                    () -> second.run.run(RunScope.project(World.PROJECT)), nodes);
            RunSummary a = one.get(WAIT_SECONDS, TimeUnit.SECONDS);
            RunSummary b = two.get(WAIT_SECONDS, TimeUnit.SECONDS);
            // The barrier held both nodes until each had collected September: they really raced for it.
            first.search.beforeSearch = () -> { };
            // A database may still fail the winner of a race as well as its loser (the unique ledger key decides
            // who stores the period). Whatever failed, the next run completes it.
            RunSummary next = first.run.run(RunScope.GLOBAL);

            assertEquals(2, a.periodsCompleted() + b.periodsCompleted() + next.periodsCompleted(),
                    a.describe() + " / " + b.describe() + " / " + next.describe());
            assertEquals(2, first.snapshots.history(definition.id()).size());
            assertEquals(2, first.points.count(definition.id()));
            assertEquals(2, first.ledger.completedSince(Map.of(definition.id(), definition.definition().period()),
                    Instant.EPOCH).get(definition.id()).size());
        } finally {
            nodes.shutdownNow();
        }
    }

    /** The second node, with its own Active Objects on the test database, disposed after the assertions. */
    private static final class SecondNode implements AutoCloseable {
        final EntityManagerActiveObjects ao;
        final World world;

        SecondNode(TestDatabase.Opened db, World first, boolean sharedLocks) {
            ao = new EntityManagerActiveObjects(db.database().entityManager());
            world = first.node(ao, sharedLocks, UnaryOperator.identity());
        }

        @Override
        public void close() {
            ao.entityManager().getProvider().dispose();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other node never collected", e);
        }
    }
}
