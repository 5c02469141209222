package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/config/StatusCategoryManager.html
 * (signatures from jira-platform.md section 5, unconfirmed for 11.3).
 */
public interface StatusCategoryManager {
    StatusCategory getStatusCategoryByKey(String key);
}
