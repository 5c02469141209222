package com.atlassian.jira.issue.search;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/search/SearchException.html
 * (a checked exception; Jira's extends {@code com.atlassian.jira.JiraException}, which the app never names).
 */
public class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
