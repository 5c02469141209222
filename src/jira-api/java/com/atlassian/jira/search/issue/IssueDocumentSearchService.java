package com.atlassian.jira.search.issue;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/search/issue/IssueDocumentSearchService.html
 * (jira-platform.md 7.3: a Jira 11 app counts hits with {@code getHitCount(user, query, overrideSecurity)} and
 * catches {@link SearchException} around it).
 */
public interface IssueDocumentSearchService {
    long getHitCount(ApplicationUser searcher, Query query, boolean overrideSecurity) throws SearchException;
}
