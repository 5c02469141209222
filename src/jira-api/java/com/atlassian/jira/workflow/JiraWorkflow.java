package com.atlassian.jira.workflow;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/JiraWorkflow.html
 */
public interface JiraWorkflow {
}
