package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;

import java.util.List;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html
 */
public interface ChangeHistoryManager {
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
