package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/config/IssueTypeManager.html
 * (signatures from jira-platform.md section 5, unconfirmed for 11.3).
 */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
