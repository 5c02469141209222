package com.atlassian.jira.issue;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/IssueInputParameters.html
 * (documented for Jira 7 and later; unconfirmed on 11.3). Without {@code setSkipScreenCheck(true)} a field that is
 * not on the create screen is left out rather than set.
 */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setSkipScreenCheck(boolean skipScreenCheck);
}
