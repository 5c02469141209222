package io.csiloop.port;

import java.util.Optional;

/**
 * Locks shared by every node of the host's cluster (on a single node, by every thread). A lock is held until it
 * is closed, or until the node holding it goes away.
 */
public interface ClusterLocks {

    /**
     * Takes the lock without waiting.
     *
     * @param name a reverse-DNS name, e.g. {@code io.csiloop.jira.automation.project.10000}
     * @return the held lock, or empty when someone else (another node or thread) holds it
     */
    Optional<HeldLock> tryAcquire(String name);

    /** A lock this thread holds; closing it releases it. */
    interface HeldLock extends AutoCloseable {
        @Override
        void close();
    }
}
