package com.atlassian.beehive;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * (jira-platform.md section 14; used unchanged by a Jira 11 app). Names up to 255 characters; a lock is not
 * re-entrant and never times out, it is freed when its node goes away.
 */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
