package com.atlassian.plugin.util;

/**
 * No-op runtime shim for the plugin framework's {@code PluginKeyStack}, which Active Objects 6.1.1 asks
 * for the calling plugin's key when it tags metrics. Outside Jira there is no calling plugin, hence null.
 * Never packaged.
 */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
