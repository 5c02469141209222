package io.csiloop.application.pack;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.EntityManagerActiveObjects;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;
import io.csiloop.preview.DemoApp;
import io.csiloop.process.GateEvidence;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ten "produce pack" of one improvement at once, released together by a barrier, through
 * {@link StakeholderPacks} on the seeded demo, on H2, HSQLDB and PostgreSQL: one pack is stored, every request
 * answers it, and step 6's record names it once.
 */
class StakeholderPacksRaceTest {

    private static final int REQUESTS = 10;
    private static final long WAIT_SECONDS = 60;

    @AcrossDatabases
    void tenRequestsAtOnceStoreOnePackAndAllAnswerIt(EntityManagerActiveObjects ao) throws Exception {
        DemoApp demo = DemoApp.seeded(ao, Clock.fixed(StakeholderPacksTest.NOW, ZoneOffset.UTC)); // closed with ao
        StakeholderPacks packs = demo.get(StakeholderPacks.class);
        CyclicBarrier start = new CyclicBarrier(REQUESTS);
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<StoredPack>> produced = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String actor = "editor" + i;
                produced.add(threads.submit(() -> {
                    start.await(WAIT_SECONDS, TimeUnit.SECONDS);
                    return packs.produce(StakeholderPacksTest.IMPROVED, actor);
                }));
            }
            Set<StoredPack> answered = new HashSet<>();
            for (Future<StoredPack> pack : produced) {
                answered.add(pack.get(WAIT_SECONDS, TimeUnit.SECONDS));
            }

            assertEquals(1, answered.size(), "every request answers the one pack");
            StoredPack pack = answered.iterator().next();
            assertEquals(List.of(pack), demo.get(PackSnapshots.class).ofIssue(StakeholderPacksTest.IMPROVED));
            assertEquals(1, demo.get(GateEvidence.class).of(StakeholderPacksTest.IMPROVED,
                            ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id()).stream()
                    .filter(item -> pack.reference().equals(item.answer().text())).count(),
                    "step 6's record names the pack");
        } finally {
            threads.shutdownNow();
        }
    }
}
