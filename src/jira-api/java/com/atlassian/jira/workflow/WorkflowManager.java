package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/WorkflowManager.html
 * (signatures from the 7.0.8 javadoc, jira-platform.md section 5; unconfirmed for 11.3).
 */
public interface WorkflowManager {
    boolean workflowExists(String name);

    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) throws WorkflowException;
}
