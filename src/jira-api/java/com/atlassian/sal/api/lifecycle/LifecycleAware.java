package com.atlassian.sal.api.lifecycle;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/sal-parent/3.0.0/sal-api/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 * (jira-platform.md section 9; onStop since SAL 3.0).
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
