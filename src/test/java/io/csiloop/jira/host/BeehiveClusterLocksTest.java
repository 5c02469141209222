package io.csiloop.jira.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.csiloop.port.ClusterLocks;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Beehive's locks as the job takes them, over one lock service shared by two threads standing in for two nodes (a
 * beehive lock is held by a thread; another thread of any node is refused).
 */
class BeehiveClusterLocksTest {

    private final Map<String, ClusterLock> cluster = new ConcurrentHashMap<>();
    private final ClusterLockService service = name -> cluster.computeIfAbsent(name, n -> new ThreadLock());

    @Test
    void oneNodeGetsTheLockTheOtherIsRefusedUntilItIsReleased() throws Exception {
        ClusterLocks nodeA = new BeehiveClusterLocks(service);
        ClusterLocks nodeB = new BeehiveClusterLocks(service);
        String name = "io.csiloop.jira.automation.project.10000";

        Optional<ClusterLocks.HeldLock> held = nodeA.tryAcquire(name);
        boolean bWhileHeld = CompletableFuture.supplyAsync(() -> nodeB.tryAcquire(name).isPresent())
                .get(10, TimeUnit.SECONDS);
        held.orElseThrow().close();
        Optional<ClusterLocks.HeldLock> bAfter = CompletableFuture.supplyAsync(() -> {
            Optional<ClusterLocks.HeldLock> lock = nodeB.tryAcquire(name);
            lock.ifPresent(ClusterLocks.HeldLock::close);
            return lock;
        }).get(10, TimeUnit.SECONDS);

        assertTrue(held.isPresent());
        assertFalse(bWhileHeld, "the other node skips while the lock is held");
        assertTrue(bAfter.isPresent(), "and gets it once released");
    }

    @Test
    void locksOfOtherProjectsAreIndependent() {
        ClusterLocks locks = new BeehiveClusterLocks(service);

        try (ClusterLocks.HeldLock one = locks.tryAcquire("io.csiloop.jira.automation.project.1").orElseThrow();
             ClusterLocks.HeldLock two = locks.tryAcquire("io.csiloop.jira.automation.project.2").orElseThrow()) {
            assertTrue(((ReentrantLock) cluster.get("io.csiloop.jira.automation.project.2")).isLocked());
        }
        assertFalse(((ReentrantLock) cluster.get("io.csiloop.jira.automation.project.1")).isLocked(), "closing unlocks");
    }

    /** A beehive lock as a single node sees it: held by one thread, refused to the others. */
    private static final class ThreadLock extends ReentrantLock implements ClusterLock {
        private static final long serialVersionUID = 1L;

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("beehive locks have no conditions");
        }
    }
}
