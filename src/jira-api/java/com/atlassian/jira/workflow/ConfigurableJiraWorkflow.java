package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/ConfigurableJiraWorkflow.html
 * A class in Jira (extends AbstractJiraWorkflow, which implements JiraWorkflow).
 */
public class ConfigurableJiraWorkflow implements JiraWorkflow {
    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor descriptor, WorkflowManager workflowManager) {
        throw new UnsupportedOperationException("stand-in");
    }

    public void setDescription(String description) {
        throw new UnsupportedOperationException("stand-in");
    }
}
