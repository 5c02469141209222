package io.csiloop.application.automation;

import io.csiloop.port.ClusterLocks;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks held by a thread and refused to every other thread, not re-entrant: what beehive's cluster locks are to
 * the threads of two nodes. Two runs given the same instance race as two nodes would.
 */
final class InMemoryClusterLocks implements ClusterLocks {

    private final ConcurrentMap<String, Thread> holders = new ConcurrentHashMap<>();

    @Override
    public Optional<HeldLock> tryAcquire(String name) {
        Thread me = Thread.currentThread();
        if (holders.putIfAbsent(name, me) != null) {
            return Optional.empty();
        }
        return Optional.of(() -> holders.remove(name, me));
    }

    boolean isHeld(String name) {
        return holders.containsKey(name);
    }
}
