package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/link/IssueLink.html
 */
public interface IssueLink {
    Issue getDestinationObject();
}
