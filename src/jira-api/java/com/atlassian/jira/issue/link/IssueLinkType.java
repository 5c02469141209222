package com.atlassian.jira.issue.link;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/link/IssueLinkType.html
 */
public interface IssueLinkType {
    Long getId();

    String getName();
}
