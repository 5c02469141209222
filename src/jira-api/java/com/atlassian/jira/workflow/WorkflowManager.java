package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/WorkflowManager.html
 * (signatures from the 7.0.8 javadoc, jira-platform.md section 5; unconfirmed for 11.3).
 */
public interface WorkflowManager {
    boolean workflowExists(String name);

    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) throws WorkflowException;

    /**
     * Deprecated in the 7.0.8 javadoc (jira-11-audit.md finding 8); whether 11.3 still has it is unconfirmed. It is
     * kept so that {@code createWorkflow(null, …)} is ambiguous here, as it would be against a Jira that has it.
     */
    @Deprecated
    void createWorkflow(String creatorUserName, JiraWorkflow workflow) throws WorkflowException;
}
