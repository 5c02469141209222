package com.atlassian.jira.issue.status;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/status/Status.html
 */
public interface Status {
    String getId();

    String getName();

    String getDescription();
}
