package com.atlassian.jira.issue.status.category;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/status/category/StatusCategory.html
 * The key constants are Jira's real values (jira-platform.md section 5); they are inlined into our classes.
 */
public interface StatusCategory {
    String UNDEFINED = "undefined";
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    String getKey();
}
