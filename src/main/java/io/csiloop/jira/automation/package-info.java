/**
 * The automation's Jira side, thin: the scheduled job ({@link io.csiloop.jira.automation.AutomationJob}, registered
 * when the plugin starts by {@link io.csiloop.jira.automation.AutomationLifecycle}, scheduled once per cluster by
 * {@link io.csiloop.jira.host.JiraRunScheduler}), and the ports it needs over Jira's services: JQL search
 * ({@link io.csiloop.jira.host.JiraIssueSearch}), beehive cluster locks
 * ({@link io.csiloop.jira.host.BeehiveClusterLocks}), issue creation
 * ({@link io.csiloop.jira.host.JiraImprovementRaiser}), the project list and the global administrator check.
 * Everything the job decides is in {@code io.csiloop.application.automation}.
 *
 * <p>May import: everything, Jira's API included; never the tables.
 */
package io.csiloop.jira.automation;
