package com.atlassian.jira.workflow;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/AssignableWorkflowScheme.html
 * (since 5.2; Builder is nested, as in Jira).
 */
public interface AssignableWorkflowScheme extends WorkflowScheme {
    Builder builder();

    /** Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/AssignableWorkflowScheme.Builder.html */
    interface Builder {
        Builder setName(String name);

        Builder setDescription(String description);

        Builder setMapping(String issueTypeId, String workflowName);

        AssignableWorkflowScheme build();
    }
}
