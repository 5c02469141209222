package com.atlassian.plugin;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/PluginParseException.html
 * (an unchecked exception of the plugin framework; jira-platform.md section 6.1).
 */
public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
