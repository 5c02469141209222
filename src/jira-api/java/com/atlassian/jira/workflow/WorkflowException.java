package com.atlassian.jira.workflow;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/WorkflowException.html
 * Jira's own unchecked workflow exception, distinct from osworkflow's checked one (jira-platform.md section 2.1).
 */
public class WorkflowException extends RuntimeException {
    public WorkflowException(String message) {
        super(message);
        throw new UnsupportedOperationException("stand-in");
    }
}
