package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only stand-in, a value class. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/search/SearchResults.html
 * (generic since Jira 8, {@code getResults()} replacing {@code getIssues()}; the same shape in Jira Software 11.1's
 * search wrapper javadoc).
 */
public class SearchResults<T> {

    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        this.results = List.copyOf(results);
        this.total = total;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
