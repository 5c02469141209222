package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

import java.util.Collection;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/config/StatusManager.html
 * (signatures from jira-platform.md section 5, unconfirmed for 11.3).
 */
public interface StatusManager {
    Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory);

    Collection<Status> getStatuses();
}
