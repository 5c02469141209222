package io.csiloop.jira.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.csiloop.port.ClusterLocks;

import java.util.Optional;

/**
 * {@link ClusterLocks} over Jira's beehive {@link ClusterLockService}: database-backed on Data Center, so one node
 * at a time holds a name; a lock never times out, and is freed when its node leaves the cluster.
 */
public final class BeehiveClusterLocks implements ClusterLocks {

    private final ClusterLockService locks;

    public BeehiveClusterLocks(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public Optional<HeldLock> tryAcquire(String name) {
        ClusterLock lock = locks.getLockForName(name);
        return lock.tryLock() ? Optional.of(lock::unlock) : Optional.empty();
    }
}
