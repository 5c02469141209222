package com.atlassian.jira.workflow;

import java.util.Map;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/WorkflowScheme.html
 */
public interface WorkflowScheme {
    Long getId();

    String getName();

    /** Issue type id to workflow name; the null key holds the default workflow. */
    Map<String, String> getMappings();

    boolean isDefault();
}
