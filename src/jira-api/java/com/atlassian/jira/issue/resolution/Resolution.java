package com.atlassian.jira.issue.resolution;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/resolution/Resolution.html
 * (an IssueConstant in Jira; the getters the app calls are declared here directly, which links the same way).
 */
public interface Resolution {
    String getId();

    String getName();
}
