package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 * (a {@link Lock} whose {@code newCondition()} is unsupported; the app calls {@code tryLock()} and {@code unlock()}).
 */
public interface ClusterLock extends Lock {
}
