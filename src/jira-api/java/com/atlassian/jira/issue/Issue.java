package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/Issue.html
 */
public interface Issue {
    Long getId();

    String getKey();

    Long getProjectId();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    String getSummary();

    String getDescription();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    /** Null while the issue is unresolved (since Jira 7, replacing getResolutionObject; unconfirmed for 11.3). */
    Resolution getResolution();

    boolean isSubTask();
}
