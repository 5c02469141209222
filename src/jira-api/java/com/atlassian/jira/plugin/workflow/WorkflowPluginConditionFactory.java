package com.atlassian.jira.plugin.workflow;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/plugin/workflow/WorkflowPluginConditionFactory.html
 * (a marker interface).
 */
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
