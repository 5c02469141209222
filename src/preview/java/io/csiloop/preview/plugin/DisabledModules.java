package io.csiloop.preview.plugin;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's modules an administrator has disabled, as Jira's plugin manager ("Manage apps", disable a module) does
 * at runtime: a disabled web panel is not rendered at all, its conditions and context provider are not asked. The
 * load harness of issue 19 disables the issue view's panels to time Jira's issue page with and without the app's
 * panels on the same host and data, which is the comparison Atlassian's Data Center approval makes. Empty in the
 * preview README's command: every module is enabled.
 */
public final class DisabledModules {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    public void disable(String moduleKey) {
        keys.add(moduleKey);
    }

    public void enable(String moduleKey) {
        keys.remove(moduleKey);
    }

    public boolean enabled(String moduleKey) {
        return !keys.contains(moduleKey);
    }
}
