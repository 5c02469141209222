package com.atlassian.jira.issue;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/MutableIssue.html
 */
public interface MutableIssue extends Issue {
    void setSummary(String summary);

    void setDescription(String description);
}
