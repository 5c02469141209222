package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.persistence.entity.CycleEventEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Twenty "start next cycle" at once on one issue, all from the cycle they saw: the issue moves on once, and every
 * other call learns that its cycle had ended already. Released together by a barrier, so they really race for the
 * read-then-write.
 */
class CycleRaceTest {

    private static final int CALLS = 20;
    private static final long WAIT_SECONDS = 60;
    private static final long ISSUE = 40_500L;

    @AcrossDatabases
    void twentyStartsFromOneCycleMoveTheIssueOnOnce(ActiveObjects ao) throws Exception {
        Store store = new Store(ao);
        store.register.save(new RegisterEntry(ISSUE, Store.PROJECT, 1, "Faster recovery", null, null, null, Set.of(),
                null, null));

        List<Boolean> started = race(CALLS, () -> store.register.startNextCycle(ISSUE, Store.PROJECT, 1));

        assertEquals(1, started.stream().filter(Boolean::booleanValue).count(), started.toString());
        RegisterEntry now = store.register.find(ISSUE).orElseThrow();
        assertEquals(2, now.cycle());
        assertEquals("Faster recovery", now.objective());
        assertEquals(1, ao.count(CycleEventEntity.class));
    }

    @AcrossDatabases
    void twentyStartsOfAnIssueWithoutEntryCreateItOnceInCycleTwo(ActiveObjects ao) throws Exception {
        Store store = new Store(ao);

        List<Boolean> started = race(CALLS, () -> store.register.startNextCycle(ISSUE, Store.PROJECT, 1));

        assertEquals(1, started.stream().filter(Boolean::booleanValue).count(), started.toString());
        assertEquals(2, store.register.find(ISSUE).orElseThrow().cycle());
    }

    /** Runs the call so many times at once and returns what each returned. */
    static <T> List<T> race(int calls, Callable<T> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls);
        ExecutorService threads = Executors.newFixedThreadPool(calls);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(threads.submit(() -> {
                    start.await(WAIT_SECONDS, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(WAIT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
