package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/IssueManager.html
 */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    /**
     * The issues of the ids, in the order of the ids; ids not found are left out (no nulls). Declared with
     * {@code List<Issue>} as in Jira's published API source; the erasure, {@code List}, is what links.
     */
    List<Issue> getIssueObjects(Collection<Long> ids);

    long getIssueCountForProject(Long projectId);
}
