package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/project/Project.html
 */
public interface Project {
    Long getId();

    String getKey();

    String getName();

    String getDescription();

    ApplicationUser getProjectLead();

    Collection<IssueType> getIssueTypes();
}
